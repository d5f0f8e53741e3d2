/**
 * Small-number suppression of a two-way table of counts with its margins (row totals,
 * column totals, grand total), as published beyond the coordination level.
 *
 * The table and its margins are read as one (R+1) x (C+1) grid: row i is
 * `cells[i] ... rowTotals[i]`, the last row is `columnTotals ... grandTotal`. Every line
 * (row or column) of the grid is a published sum: its entries before the last add up to
 * the last. An entry hidden alone on a line is therefore recovered by subtraction, and so
 * is an entry that every combination of line sums isolates. In graph terms (a node per
 * line, an edge per hidden entry joining its row and its column) an entry is determined
 * by the sums exactly when its edge is a bridge: on no cycle of hidden entries. An edge on
 * a cycle can be moved by +1/-1 alternately around the cycle without changing any sum, and
 * when every entry on the cycle is at least 1 that keeps all of them non-negative, so the
 * hidden entry has at least two feasible values.
 *
 * So: (1) primary suppression hides every entry with 0 < value < threshold, margins too;
 * (2) secondary suppression, repeated to a fixed point: a hidden entry alone in its line
 * (the classic case) or otherwise on no cycle gets the cheapest chain of positive published
 * entries hidden that closes a cycle through it; the chain starts in the lone line, so
 * that line gets another suppressed entry. "Cheapest" is the smallest sum of the hidden
 * counts over the whole chain rather than the smallest next entry: picking the smallest
 * entry line by line keeps opening new lone lines (a 3x3 table with one small count loses
 * seven cells that way, four this way). Only positive entries are hidden as complements,
 * which keeps every cycle movable.
 *
 * Zeros are published: a count of no incidents names no one, and hiding zeros would
 * blank most of a sparse table. A zero is never chosen as a complement (it would not
 * protect: it can only move up).
 */

export interface TableWithMargins {
  /** R rows of C counts. */
  cells: readonly (readonly number[])[];
  rowTotals: readonly number[];
  columnTotals: readonly number[];
  grandTotal: number;
}

/** Which entries to hide: true = suppressed. Same shape as the table. */
export interface SuppressionMask {
  cells: boolean[][];
  rowTotals: boolean[];
  columnTotals: boolean[];
  grandTotal: boolean;
}

export const DEFAULT_SUPPRESSION_THRESHOLD = 5;

/** The margins of a table of additive counts. */
export function withSumMargins(cells: readonly (readonly number[])[], columns = cells[0]?.length ?? 0): TableWithMargins {
  const rowTotals = cells.map((row) => row.reduce((sum, value) => sum + value, 0));
  const columnTotals = Array.from({ length: columns }, (_, column) => cells.reduce((sum, row) => sum + row[column], 0));
  return { cells, rowTotals, columnTotals, grandTotal: rowTotals.reduce((sum, value) => sum + value, 0) };
}

/** A table with its margins, of counts (`TableWithMargins`) or of whether each is hidden (`SuppressionMask`). */
interface WithMargins<T> {
  cells: readonly (readonly T[])[];
  rowTotals: readonly T[];
  columnTotals: readonly T[];
  grandTotal: T;
}

/** The (R+1) x (C+1) grid: cells, row totals in the last column, column totals and the grand total in the last row. */
export function gridOf<T>(table: WithMargins<T>): T[][] {
  const rows = table.cells.map((row, index) => [...row, table.rowTotals[index]]);
  rows.push([...table.columnTotals, table.grandTotal]);
  return rows;
}

function maskFromGrid(hidden: boolean[][]): SuppressionMask {
  const last = hidden.length - 1;
  const width = hidden[0].length - 1;
  return {
    cells: hidden.slice(0, last).map((row) => row.slice(0, width)),
    rowTotals: hidden.slice(0, last).map((row) => row[width]),
    columnTotals: hidden[last].slice(0, width),
    grandTotal: hidden[last][width],
  };
}

/** An entry of the grid, as an edge between its row line and its column line. */
interface Entry {
  row: number;
  column: number;
}

function validate(table: TableWithMargins, threshold: number): void {
  if (!Number.isInteger(threshold) || threshold < 1) throw new RangeError(`threshold must be a positive integer, got ${threshold}`);
  const width = table.columnTotals.length;
  if (table.rowTotals.length !== table.cells.length) throw new RangeError('one row total per row is needed');
  for (const value of gridOf(table).flat()) {
    if (!Number.isInteger(value) || value < 0) throw new RangeError(`counts must be non-negative integers, got ${value}`);
  }
  if (table.cells.some((row) => row.length !== width)) throw new RangeError(`every row must have ${width} cells`);
}

/** The shared margins (column totals and grand total) that a table linked to this one hides. */
export interface HiddenMargins {
  columnTotals: readonly boolean[];
  grandTotal: boolean;
}

/**
 * The entries to hide so that no hidden value can be recovered from the published cells
 * and margins. Deterministic: ties go to the inner cell before a margin, then to the first
 * row and column.
 *
 * `alsoHidden` names entries to hide besides the small counts (those another table hides
 * that says the same of its cells), protected like them; zeros stay published.
 *
 * `linked` says the table shares its last row (column totals and grand total) with other
 * tables, and which of those totals another of them hides. They are hidden here too and
 * protected like every other hidden entry. And since a hidden shared total can then only
 * move where every linked table can move it, the hidden shared totals are joined by hidden
 * entries below the totals row: any two of them lie on a path of hidden entries in this
 * table, and so in every linked table (`suppressLinkedTables`).
 */
export function suppressTable(table: TableWithMargins, threshold: number = DEFAULT_SUPPRESSION_THRESHOLD, linked?: HiddenMargins, alsoHidden?: SuppressionMask): SuppressionMask {
  validate(table, threshold);
  const grid = gridOf(table);
  const also = alsoHidden && gridOf(alsoHidden);
  // A zero needs no protection, and could not be given any: complements are positive.
  const hidden = grid.map((row, r) => row.map((value, c) => value > 0 && (value < threshold || (also?.[r][c] ?? false))));
  const last = grid.length - 1;
  linked?.columnTotals.forEach((isHidden, column) => (hidden[last][column] ||= isHidden && grid[last][column] > 0));
  hidden[last][grid[0].length - 1] ||= (linked?.grandTotal ?? false) && table.grandTotal > 0;
  for (;;) {
    const bridge = findBridge(grid, hidden);
    if (bridge) {
      hideCheapestChain(bridge.side, bridge.otherSide, (entry) => entry.row !== bridge.entry.row || entry.column !== bridge.entry.column, grid, hidden);
      continue;
    }
    const apart = linked && findSeparatedSharedTotals(grid, hidden);
    if (!apart) return maskFromGrid(hidden);
    hideCheapestChain(apart.side, apart.otherSide, (entry) => entry.row !== last, grid, hidden);
  }
}

function isMargin(entry: Entry, grid: number[][]): boolean {
  return entry.row === grid.length - 1 || entry.column === grid[0].length - 1;
}

/* Nodes: rows 0..R are 0..R, columns 0..C are R+1..R+1+C. */

function nodesOf(entry: Entry, rows: number): [number, number] {
  return [entry.row, rows + entry.column];
}

/** The hidden entries as a graph: for each node, its hidden entries and the node at their other end. */
interface HiddenGraph {
  edges: Entry[];
  adjacent: { edge: number; node: number }[][];
}

function hiddenGraph(grid: number[][], hidden: boolean[][]): HiddenGraph {
  const rows = grid.length;
  const edges = hidden.flatMap((row, r) => row.flatMap((isHidden, c) => (isHidden ? [{ row: r, column: c }] : [])));
  const adjacent: HiddenGraph['adjacent'] = Array.from({ length: rows + grid[0].length }, () => []);
  edges.forEach((entry, edge) => {
    const [a, b] = nodesOf(entry, rows);
    adjacent[a].push({ edge, node: b });
    adjacent[b].push({ edge, node: a });
  });
  return { edges, adjacent };
}

/** The nodes reachable from `start` over hidden entries, leaving out edge `without`. */
function reachable(graph: HiddenGraph, start: number, without: number): Set<number> {
  const seen = new Set([start]);
  const stack = [start];
  while (stack.length > 0) {
    for (const { edge, node } of graph.adjacent[stack.pop()!]) {
      if (edge === without || seen.has(node)) continue;
      seen.add(node);
      stack.push(node);
    }
  }
  return seen;
}

/** Every edge on no cycle (Tarjan's low-link, iteratively): O(nodes + edges). */
function bridgesOf(graph: HiddenGraph): Set<number> {
  const nodes = graph.adjacent.length;
  const order = new Array<number>(nodes).fill(-1);
  const low = new Array<number>(nodes).fill(0);
  const bridges = new Set<number>();
  let counter = 0;
  for (let root = 0; root < nodes; root++) {
    if (order[root] !== -1) continue;
    order[root] = low[root] = counter++;
    const stack: { node: number; via: number; next: number }[] = [{ node: root, via: -1, next: 0 }];
    while (stack.length > 0) {
      const frame = stack[stack.length - 1];
      const neighbours = graph.adjacent[frame.node];
      if (frame.next < neighbours.length) {
        const { edge, node } = neighbours[frame.next++];
        if (edge === frame.via) continue;
        if (order[node] === -1) {
          order[node] = low[node] = counter++;
          stack.push({ node, via: edge, next: 0 });
        } else {
          low[frame.node] = Math.min(low[frame.node], order[node]);
        }
        continue;
      }
      stack.pop();
      const parent = stack[stack.length - 1];
      if (!parent) continue;
      low[parent.node] = Math.min(low[parent.node], low[frame.node]);
      if (low[frame.node] > order[parent.node]) bridges.add(frame.via);
    }
  }
  return bridges;
}

interface Bridge {
  entry: Entry;
  /** The nodes on the row line's side once the bridge is taken out. */
  side: Set<number>;
  /** The nodes on the column line's side. */
  otherSide: Set<number>;
}

/**
 * A hidden entry that lies on no cycle of hidden entries: the published sums determine it.
 * The entries alone in their row or column come first (the classic case), then any other,
 * each in grid order.
 */
function findBridge(grid: number[][], hidden: boolean[][]): Bridge | undefined {
  const rows = grid.length;
  const graph = hiddenGraph(grid, hidden);
  const bridges = [...bridgesOf(graph)].sort((a, b) => a - b);
  const alone = (edge: number) => nodesOf(graph.edges[edge], rows).some((node) => graph.adjacent[node].length === 1);
  const edge = bridges.find(alone) ?? bridges[0];
  if (edge === undefined) return undefined;
  const [a, b] = nodesOf(graph.edges[edge], rows);
  return { entry: graph.edges[edge], side: reachable(graph, a, edge), otherSide: reachable(graph, b, edge) };
}

/**
 * The hidden shared totals (entries of the last row) that hidden entries below the last row
 * do not join: the nodes joined to the first of them, and those joined to the others; or
 * undefined when they are all joined.
 */
function findSeparatedSharedTotals(grid: number[][], hidden: boolean[][]): { side: Set<number>; otherSide: Set<number> } | undefined {
  const rows = grid.length;
  const last = rows - 1;
  const below = hiddenGraph(grid, hidden.map((row, r) => (r === last ? row.map(() => false) : row)));
  const [first, ...others] = hidden[last].flatMap((isHidden, column) => (isHidden ? [rows + column] : []));
  if (first === undefined) return undefined;
  const side = reachable(below, first, -1);
  const apart = others.filter((node) => !side.has(node));
  if (apart.length === 0) return undefined;
  return { side, otherSide: new Set(apart.flatMap((node) => [...reachable(below, node, -1)])) };
}

const MARGIN_BIAS = 1e-6;

/**
 * Hides the cheapest chain of positive published entries (by total count; hidden entries
 * are free to pass through) that joins a node of `from` to a node of `to`, over the entries
 * `passable` allows: from one side of a bridge to the other, so that the bridge lies on a
 * cycle; or between hidden shared totals. Dijkstra over the rows and columns of the grid.
 */
function hideCheapestChain(from: Set<number>, to: Set<number>, passable: (entry: Entry) => boolean, grid: number[][], hidden: boolean[][]): void {
  const rows = grid.length;
  const nodes = rows + grid[0].length;
  const entryBetween = (a: number, b: number): Entry | undefined => {
    const [row, column] = a < rows ? [a, b - rows] : [b, a - rows];
    return (a < rows) !== (b < rows) ? { row, column } : undefined;
  };
  const distance = new Array<number>(nodes).fill(Infinity);
  const previous = new Array<number>(nodes).fill(-1);
  const done = new Array<boolean>(nodes).fill(false);
  for (const node of from) distance[node] = 0;
  for (;;) {
    let node = -1;
    for (let candidate = 0; candidate < nodes; candidate++) {
      if (!done[candidate] && distance[candidate] < Infinity && (node === -1 || distance[candidate] < distance[node])) node = candidate;
    }
    if (node === -1) throw new Error('inconsistent table: no complement can protect a suppressed count');
    if (to.has(node)) {
      for (let at = node; previous[at] !== -1; at = previous[at]) {
        const entry = entryBetween(at, previous[at])!;
        hidden[entry.row][entry.column] = true;
      }
      return;
    }
    done[node] = true;
    for (let next = 0; next < nodes; next++) {
      const entry = entryBetween(node, next);
      if (!entry || done[next] || !passable(entry)) continue;
      const value = grid[entry.row][entry.column];
      // Cells before margins when the counts tie: readers would rather keep the totals.
      const step = hidden[entry.row][entry.column] ? 0 : value > 0 ? value + (isMargin(entry, grid) ? MARGIN_BIAS : 0) : Infinity;
      if (distance[node] + step < distance[next]) {
        distance[next] = distance[node] + step;
        previous[next] = node;
      }
    }
  }
}

/** How many entries (cells and margins) the mask hides. */
export function hiddenCount(mask: SuppressionMask): number {
  return [...mask.cells.flat(), ...mask.rowTotals, ...mask.columnTotals, mask.grandTotal].filter(Boolean).length;
}
