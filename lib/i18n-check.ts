// Compares message catalogues: every key in every locale, no empty strings.
type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === "string") out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

export function compareMessages(catalogues: Record<string, Tree>): string[] {
  const flat = Object.entries(catalogues).map(([locale, tree]) => [locale, flatten(tree)] as const);
  const all = new Set(flat.flatMap(([, m]) => [...m.keys()]));
  const problems: string[] = [];
  for (const key of [...all].sort()) {
    for (const [locale, m] of flat) {
      const v = m.get(key);
      if (v === undefined) problems.push(`${locale}: missing key ${key}`);
      else if (v.trim() === "") problems.push(`${locale}: empty value for ${key}`);
    }
  }
  return problems;
}
