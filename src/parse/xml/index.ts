// xml/: a tolerant XML reader producing a namespace-normalised element tree.
export { readXml, type XmlDocument } from './read-xml.ts';
export * from './xml-element.ts';
export { NS } from './namespaces.ts';
