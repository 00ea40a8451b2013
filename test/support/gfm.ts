import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { gfm } from 'micromark-extension-gfm'
import type { Nodes, Root, Table } from 'mdast'

/** Parses Markdown the way GitHub does (CommonMark + GFM tables, autolinks, strikethrough). */
export function parseGfm(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] })
}

export function tables(root: Root): Table[] {
  return root.children.filter((node): node is Table => node.type === 'table')
}

/** Visible text of a node: text and inline code values; HTML tags contribute nothing. */
export function visibleText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value
  if (node.type === 'html') return ''
  if ('children' in node) return (node.children as Nodes[]).map(visibleText).join('')
  return ''
}
