import { useEffect, useState } from 'preact/hooks';

/** Hash routes: `#/contacts`, `#/contacts/42`, `#/import`, `#/resources/new?url=…`, `#/units/7/plan`. */
export interface Route {
  view: string;
  id?: string;
  /** A page of a record: `plan` in `#/units/7/plan`. */
  sub?: string;
  params: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const [view = 'contacts', id, sub] = path.split('/').filter(Boolean);
  return { view, id, sub, params: new URLSearchParams(query) };
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const on = () => setRoute(parseHash(location.hash));
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, []);
  return route;
}

export const go = (hash: string) => {
  location.hash = hash;
};
