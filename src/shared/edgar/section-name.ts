/** How a section code of the section index reads: "Item 7", "Part I, Item 2" (10-Q "I.2"), "Item 2.02" (8-K). */
export function sectionName(code: string): string {
  const part = /^(I{1,3}|IV)\.(.+)$/.exec(code);
  return part ? `Part ${part[1]}, Item ${part[2]}` : `Item ${code}`;
}
