import { useEffect, useState } from 'preact/hooks';

/** A hash route: `#/events/<id>?a=b` → path `/events/<id>`, query `a=b`. Hash routes need no server fallback. */
export interface Route {
  path: string;
  query: string;
}

export function currentRoute(): Route {
  const hash = location.hash.replace(/^#/, '') || '/events';
  const at = hash.indexOf('?');
  return at < 0 ? { path: hash, query: '' } : { path: hash.slice(0, at), query: hash.slice(at + 1) };
}

/** The route, re-rendered on every hash change. */
export function useRoute(): Route {
  const [route, setRoute] = useState(currentRoute);
  useEffect(() => {
    const onChange = () => setRoute(currentRoute());
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

export function navigate(path: string, query = ''): void {
  location.hash = query ? `${path}?${query}` : path;
}
