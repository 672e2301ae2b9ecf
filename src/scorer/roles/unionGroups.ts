/**
 * The items grouped by a relation taken as joining (union-find): two items share a group when a
 * chain of related pairs links them. Groups keep the items' order, in the order of their first item.
 */
export function unionGroups<T>(items: readonly T[], related: (a: T, b: T) => boolean): T[][] {
  const parent = items.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let i = 0; i < items.length; i++) for (let j = i + 1; j < items.length; j++) if (related(items[i], items[j])) parent[find(j)] = find(i);
  const groups = new Map<number, T[]>();
  items.forEach((item, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(item);
    else groups.set(root, [item]);
  });
  return [...groups.values()];
}
