/** Grades: 0 = K, 1..12. Parses `K`, `3`, `3-5`, `K-2`, lists separated by `;` or `,`. */
export function parseGrade(token: string): number | null {
  const t = token.trim().toUpperCase().replace(/^GR(ADE)?\.?\s*/, '').replace(/(ST|ND|RD|TH)$/, '');
  if (t === 'K' || t === 'KG' || t === 'KINDERGARTEN') return 0;
  if (/^\d{1,2}$/.test(t)) {
    const n = Number(t);
    return n >= 0 && n <= 12 ? n : null;
  }
  return null;
}

export type GradeParse = { ok: true; grades: number[] } | { ok: false; error: string };

export function parseGrades(field: string): GradeParse {
  const out = new Set<number>();
  const parts = field
    .split(/[;,]/)
    .map((p) => p.trim())
    .filter(Boolean);
  for (const part of parts) {
    const range = part.split(/\s*[-–]\s*/);
    if (range.length === 2) {
      const a = parseGrade(range[0]!);
      const b = parseGrade(range[1]!);
      if (a === null || b === null || a > b) return { ok: false, error: `"${part}" is not a grade range (use e.g. 3-5 or K-2)` };
      for (let g = a; g <= b; g++) out.add(g);
    } else {
      const g = parseGrade(part);
      if (g === null) return { ok: false, error: `"${part}" is not a grade (use K or 1 to 12)` };
      out.add(g);
    }
  }
  return { ok: true, grades: [...out].sort((x, y) => x - y) };
}

/** `[0,1,2,5]` → `K-2; 5` */
export function formatGrades(grades: number[]): string {
  const sorted = [...new Set(grades)].sort((a, b) => a - b);
  const label = (g: number) => (g === 0 ? 'K' : String(g));
  const out: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    out.push(j - i >= 2 ? `${label(sorted[i]!)}-${label(sorted[j]!)}` : sorted.slice(i, j + 1).map(label).join('; '));
    i = j + 1;
  }
  return out.join('; ');
}
