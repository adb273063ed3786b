// A figure's table read from the page as text cells, row and column spans spread out, so the CSV holds exactly what the Table tab shows.

/** A cell's words as a screen reader hears them: text hidden from assistive technology (a decorative dash) is left out. */
export function cellText(cell: Element): string {
  let text = '';
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      text += node.textContent ?? '';
      return;
    }
    if (node instanceof Element && node.getAttribute('aria-hidden') === 'true') return;
    // A hidden Table tab has no layout to say which elements are blocks, so every element boundary may be a word boundary
    // ("Walsall" then a subheading "Standard Inspection"); a space before closing punctuation is taken out again below.
    text += ' ';
    node.childNodes.forEach(visit);
    text += ' ';
  };
  cell.childNodes.forEach(visit);
  return text
    .replace(/\s+/g, ' ')
    .replace(/ ([,.;:!?)’])/g, '$1')
    .trim();
}

/** Every row of the table (header rows first); a cell spanning rows or columns is written once, the cells it covers left empty. */
export function readTable(table: HTMLTableElement): string[][] {
  const grid: string[][] = [];
  [...table.rows].forEach((row, rowIndex) => {
    const line = (grid[rowIndex] ??= []);
    let column = 0;
    for (const cell of row.cells) {
      while (line[column] !== undefined) column += 1;
      const text = cellText(cell);
      for (let down = 0; down < Math.max(1, cell.rowSpan); down += 1) {
        const target = (grid[rowIndex + down] ??= []);
        for (let across = 0; across < Math.max(1, cell.colSpan); across += 1) {
          target[column + across] = down === 0 && across === 0 ? text : '';
        }
      }
      column += Math.max(1, cell.colSpan);
    }
  });
  const width = Math.max(0, ...grid.map((line) => line.length));
  return grid.map((line) => Array.from({ length: width }, (_, i) => line[i] ?? ''));
}
