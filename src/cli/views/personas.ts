// `hoptrace personas`: name, description and User-Agent of each built-in identity.
import type { Persona } from '../../model.ts';
import { clean } from './terminal.ts';

export function formatPersonas(personas: Persona[]): string {
  const width = Math.max(...personas.map((p) => clean(p.name).length));
  return personas.map((p) => `${clean(p.name).padEnd(width)}  ${clean(p.description)}\n${' '.repeat(width)}  ${clean(p.userAgent)}\n`).join('');
}
