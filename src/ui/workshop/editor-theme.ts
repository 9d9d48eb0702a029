// The editor's look. It is a theme, not part of workshop.css, because the editor sits in a shadow root (see
// editor.ts) where the page's style sheets do not reach; the page's colour variables still do.
import { EditorView } from '@codemirror/view';

export const editorTheme = EditorView.theme({
  '&': {
    height: '75vh',
    border: '2px solid var(--field-edge, #4a5a61)',
    borderRadius: '0.3rem',
    background: '#ffffff',
    color: '#1c2a30',
    fontSize: 'calc(0.95rem * var(--text-scale, 1))',
  },
  '&.cm-focused': { outline: '3px solid var(--focus, #0b57d0)', outlineOffset: '2px' },
  '.cm-scroller': {
    fontFamily: "ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace",
    lineHeight: '1.5',
  },
  '.cm-gutters': { background: '#f1f4f4', color: '#4a5a61', borderRight: '1px solid #c9d3d4' },
  '.cm-activeLine': { background: '#f3f7ff' },
  '.line-problems': {
    margin: '0.15rem 0 0.35rem 0.5rem',
    fontFamily: 'system-ui, sans-serif',
    fontSize: '0.9em',
  },
  '.line-problem': {
    padding: '0.15rem 0.5rem',
    borderLeft: '0.3rem solid #a11a1a',
    background: '#fdecec',
    color: '#5c0d0d',
    whiteSpace: 'pre-wrap',
  },
  '.line-problem-warning': { borderLeftColor: '#7a5a00', background: '#fdf6e3', color: '#4d3900' },
  '.cm-tooltip-autocomplete ul li[aria-selected]': { background: '#1f5f63', color: '#ffffff' },
  '.cm-completionDetail': { marginLeft: '0.6em', fontStyle: 'normal', color: 'inherit', opacity: '0.85' },
});
