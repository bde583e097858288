// A list of `items` requirement-like lines: pages of about 12, 25 and 45 KB of HTML (document plus
// the inline RSC payload), the last as large as the portal's service page.
export function RequirementList({ title, items }: { title: string; items: number }) {
  return (
    <main>
      <h1>{title}</h1>
      <ul>
        {Array.from({ length: items }, (_, i) => (
          <li key={i}>
            Persyaratan {i + 1}: fotokopi Kartu Keluarga dan surat pengantar dari kelurahan tempat tinggal ({title})
          </li>
        ))}
      </ul>
    </main>
  );
}
