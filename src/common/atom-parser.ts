import { XMLParser, type X2jOptions } from 'fast-xml-parser'

/**
 * The one way both Atom readers (arXiv's answers, and the feeds the action wrote) parse XML:
 * namespace prefixes dropped (`arxiv:comment` → `comment`, so that namespaces declared on the
 * root or on each element read the same), values kept as strings (a title `0` or a DOI of digits
 * is not a number), attributes as `@name`, the elements that repeat always as lists, and no HTML
 * entities. `entities` decodes XML's own five (a feed the action wrote holds no other); without
 * it, references stay as written for the caller to decode.
 */
export function atomParser(entities: boolean): XMLParser {
  const options: Partial<X2jOptions> = {
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    processEntities: entities,
    htmlEntities: false,
    // Callbacks get no path strings: building them for every tag halves the parser's speed.
    jPath: false,
    isArray: (name) => name === 'entry' || name === 'category' || name === 'author' || name === 'link',
  }
  return new XMLParser(options)
}
