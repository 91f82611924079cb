import type { jsPDF } from 'jspdf';

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * The document's XMP metadata: its title and language where tools that read
 * XMP rather than the Info dictionary look (accessibility checkers, asset
 * managers). jsPDF encodes the packet as UTF-8.
 */
export function setXmpMetadata(
  doc: jsPDF,
  fields: { title: string; language: string; creator: string },
): void {
  const title = escapeXml(fields.title);
  const packet = [
    '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"',
    ' xmlns:xmp="http://ns.adobe.com/xap/1.0/">',
    `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${title}</rdf:li></rdf:Alt></dc:title>`,
    `<dc:language><rdf:Bag><rdf:li>${escapeXml(fields.language)}</rdf:li></rdf:Bag></dc:language>`,
    `<xmp:CreatorTool>${escapeXml(fields.creator)}</xmp:CreatorTool>`,
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="r"?>',
  ].join('\n');
  // `true`: the packet is written as given, not wrapped in jsPDF's own namespace.
  doc.addMetadata(packet, true);
}
