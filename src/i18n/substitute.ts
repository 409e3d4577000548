/**
 * What `i18n.getMessage` does with substitutions, for places that have no
 * browser (unit tests): `$1`…`$9` become the arguments, `$$` a dollar sign.
 */
export function substitute(message: string, subs: readonly string[]): string {
  return message.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
}
