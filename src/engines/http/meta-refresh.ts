// Finding `<meta http-equiv=refresh>` in a page the HTTP engine fetched. The persona is a browser
// with scripting on, and such a browser parses `<noscript>` content as text: a meta refresh in it
// never fires there, so it is not followed (it is reported, since a page may hide a second path
// for script-less visitors there).
import { Parser } from 'htmlparser2';
import { parseRefresh } from '../refresh.ts';

export interface MetaRefresh {
  delay: number;
  /** Unresolved; null reloads the same document. */
  url: string | null;
}

export interface MetaRefreshScan {
  /** The first meta refresh outside noscript that parses (only the first counts, per HTML). */
  refresh: MetaRefresh | null;
  /** Meta refresh values found inside noscript, not followed. */
  inNoscript: string[];
  /** The first `<base href>`, which relative refresh URLs resolve against. */
  baseHref: string | null;
}

export function scanMetaRefresh(html: string): MetaRefreshScan {
  const scan: MetaRefreshScan = { refresh: null, inNoscript: [], baseHref: null };
  let noscriptDepth = 0;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'noscript') noscriptDepth++;
        if (name === 'base' && scan.baseHref === null && attrs.href !== undefined) scan.baseHref = attrs.href;
        if (name !== 'meta' || attrs['http-equiv']?.trim().toLowerCase() !== 'refresh' || attrs.content === undefined) return;
        if (noscriptDepth > 0) scan.inNoscript.push(attrs.content);
        else scan.refresh ??= parseRefresh(attrs.content);
      },
      onclosetag(name) {
        if (name === 'noscript' && noscriptDepth > 0) noscriptDepth--;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return scan;
}
