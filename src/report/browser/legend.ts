/**
 * The legend: one checkbox per kind (its swatch drawn as the highlights are: tint, underline style,
 * tag), and display options (other mentions, every item's parts, tags). Each toggle sets a class on
 * the root; the style sheet does the rest, so toggling is instant whatever the article's size.
 */
import { KINDS } from '../kinds.ts'
import { el } from './dom.ts'

function toggle(name: string, label: Node | string, checked: boolean, onChange: (on: boolean) => void): HTMLElement {
  const box = el('input', { attrs: { type: 'checkbox', 'data-toggle': name, checked } })
  box.addEventListener('change', () => onChange(box.checked))
  onChange(checked)

  return el('label', {}, box, label)
}

/** The legend with its toggles, acting on `root`. */
export function legend(root: HTMLElement): HTMLElement {
  const kinds = KINDS.map((k) => toggle(k.key, el('span', { class: 'swatch', attrs: { 'data-kind': k.key }, text: k.label }), true,
    (on) => root.classList.toggle(`hide-${k.key}`, !on)))
  const opts = el('span', { class: 'opts' },
    toggle('mentions', 'other mentions', true, (on) => root.classList.toggle('hide-mentions', !on)),
    toggle('parts', 'all parts', false, (on) => root.classList.toggle('all-parts', on)),
    toggle('tags', 'tags', true, (on) => root.classList.toggle('no-tags', !on)))
  return el('fieldset', { class: 'legend' }, el('legend', { text: 'Show' }), ...kinds, opts)
}
