export default function Page() {
  return (
    <main>
      <h1>Baseline</h1>
      <p>A minimal prerendered Next.js page: no data, no client components, no stylesheet.</p>
    </main>
  );
}
