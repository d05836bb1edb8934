/**
 * The one way the report builds DOM: elements by tag, text only through text nodes and
 * `textContent`. Nothing is ever parsed as HTML, so no text from an article can become markup.
 */

export interface Props {
  class?: string
  text?: string
  /** Attributes: `data-*`, `aria-*`, `type`, `role`, `tabindex`… (never event handlers or URLs). */
  attrs?: Record<string, string | number | boolean | null | undefined>
}

/** Attributes that run code, load something or restyle the page: never set, whatever their value. */
const UNSAFE_ATTRIBUTE = /^(?:on|href$|src|action$|formaction$|style$|xlink:)/i

/** Creates an element with a class, attributes, text and children. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Array<Node | string | null>): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag)
  if (props.class) e.className = props.class
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue
    if (UNSAFE_ATTRIBUTE.test(name)) throw new Error(`el(): the attribute ${name} is never set by the report`)
    e.setAttribute(name, value === true ? '' : String(value))
  }
  if (props.text !== undefined) e.textContent = props.text
  for (const c of children) if (c !== null) e.append(typeof c === 'string' ? document.createTextNode(c) : c)
  return e
}

/** Removes every child of `e`. */
export function clear(e: Element): void {
  e.replaceChildren()
}
