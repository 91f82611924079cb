import type { jsPDF } from 'jspdf';
import { internalsOf, pdfHexString } from './internals.js';
import type { PdfInternals } from './internals.js';

/** The standard structure types the report uses (ISO 32000-1, 14.8.4): no role map needed. */
export type StructType =
  | 'Document'
  | 'Sect'
  | 'H1'
  | 'H2'
  | 'P'
  | 'L'
  | 'LI'
  | 'Lbl'
  | 'LBody'
  | 'Table'
  | 'TR'
  | 'TH'
  | 'TD'
  | 'Figure'
  | 'Link';

/** Marked content on a page, numbered per page (MCID). */
interface MarkedContent {
  page: number;
  mcid: number;
}

/** A link annotation that belongs to an element (an object reference, OBJR); numbered when its page is written. */
interface AnnotationKid {
  page: number;
  dictionary: string;
  objectId?: number;
}

export interface StructElement {
  readonly type: StructType;
  readonly parent: StructElement | undefined;
  readonly kids: (StructElement | MarkedContent | AnnotationKid)[];
  /** Further dictionary entries, in PDF syntax (/Alt, /A attributes, /ActualText). */
  readonly entries: string;
}

/** What a drawing is when it is not an element's content: decoration, or a page's running header/footer. */
export type Artifact = 'layout' | 'header' | 'footer';

/** Either the element a drawing is content of, or the kind of artifact it is. */
export type Tag = StructElement | Artifact;

const ARTIFACT_OPEN: Record<Artifact, string> = {
  layout: '/Artifact BMC',
  header: '/Artifact <</Type /Pagination /Subtype /Header>> BDC',
  footer: '/Artifact <</Type /Pagination /Subtype /Footer>> BDC',
};

/** Ends a marked-content sequence. */
export const END_MARKED = 'EMC';

const isElement = (kid: StructElement['kids'][number]): kid is StructElement => 'type' in kid;

/**
 * The document's logical structure (a tagged PDF): elements made in reading
 * order while the report is composed, marked content opened as it is drawn,
 * and, when jsPDF writes the file, the structure tree, the parent tree that
 * maps each page's marked content back to its element, and the catalog and
 * page entries that point to them. Written as plain strings: no object is
 * parsed back, so tagging costs little beside the drawing.
 */
export class StructureTree {
  readonly root: StructElement = { type: 'Document', parent: undefined, kids: [], entries: '' };
  /** Per page (from 1), the element of each MCID, in MCID order. */
  private readonly marked: StructElement[][] = [];
  /** Link annotations in the order made, with the element each belongs to. */
  private readonly annotations: { kid: AnnotationKid; element: StructElement }[] = [];
  private readonly pageObjects: number[] = [];
  private readonly ids = new Map<StructElement, number>();
  private rootId = 0;
  private readonly internals: PdfInternals;

  constructor(private readonly doc: jsPDF) {
    this.internals = internalsOf(doc);
    const { events } = this.internals;
    events.subscribe('putPage', (({ objId, pageNumber }: { objId: number; pageNumber: number }) => {
      this.pageObjects[pageNumber] = objId;
      this.putPageEntries(pageNumber);
    }) as (...args: never[]) => void);
    events.subscribe('putAdditionalObjects', () => this.putTree());
    events.subscribe('putCatalog', () =>
      this.internals.write(`/MarkInfo << /Marked true >> /StructTreeRoot ${this.rootId} 0 R`),
    );
  }

  /** A new element, last child of its parent (the document by default). */
  add(type: StructType, parent: StructElement = this.root, entries = ''): StructElement {
    const element: StructElement = { type, parent, kids: [], entries };
    parent.kids.push(element);
    return element;
  }

  /** The operator that opens a drawing's marked content on the current page. */
  open(tag: Tag): string {
    if (typeof tag === 'string') return ARTIFACT_OPEN[tag];
    const page = this.currentPage();
    const ofPage = (this.marked[page] ??= []);
    const mcid = ofPage.length;
    ofPage.push(tag);
    tag.kids.push({ page, mcid });
    return `/${tag.type} <</MCID ${mcid}>> BDC`;
  }

  /** Runs jsPDF drawing calls inside one marked-content sequence. */
  mark(tag: Tag, draw: () => void): void {
    this.internals.write(this.open(tag));
    draw();
    this.internals.write(END_MARKED);
  }

  /**
   * A link annotation on the current page that belongs to an element. jsPDF's
   * own links are inline dictionaries, which a structure element cannot point to.
   */
  link(element: StructElement, rect: { x: number; y: number; width: number; height: number }, url: string) {
    const height = this.internals.pageSize.getHeight();
    const box = [rect.x, height - rect.y - rect.height, rect.x + rect.width, height - rect.y]
      .map((value) => Math.round(value * 100) / 100)
      .join(' ');
    const dictionary =
      `/Type /Annot /Subtype /Link /Rect [${box}] /Border [0 0 0] /F 4` +
      ` /Contents ${pdfHexString(url)} /A << /S /URI /URI ${pdfHexString(url, false)} >>`;
    const kid: AnnotationKid = { page: this.currentPage(), dictionary };
    element.kids.push(kid);
    this.annotations.push({ kid, element });
  }

  private currentPage(): number {
    return this.doc.getCurrentPageInfo().pageNumber;
  }

  /** Each page's key in the parent tree; annotations take the keys after the last page. */
  private putPageEntries(page: number): void {
    // Tab order follows the structure (PDF/UA), whichever links the page has.
    this.internals.write(`/StructParents ${page - 1} /Tabs /S`);
    const refs: string[] = [];
    this.annotations.forEach(({ kid }, index) => {
      if (kid.page !== page) return;
      const object = this.internals.newAdditionalObject();
      const key = this.doc.getNumberOfPages() + index;
      object.content = `<< ${kid.dictionary} /P ${this.pageObjects[page]} 0 R /StructParent ${key} >>`;
      kid.objectId = object.objId;
      refs.push(`${object.objId} 0 R`);
    });
    if (refs.length) this.internals.write(`/Annots [${refs.join(' ')}]`);
  }

  private putTree(): void {
    const { internals } = this;
    const root = internals.newAdditionalObject();
    const parentTree = internals.newAdditionalObject();
    this.rootId = root.objId;
    this.ids.clear();
    const elements: { element: StructElement; object: { objId: number; content: string } }[] = [];
    // Elements with no content on any page (an empty paragraph) are left out; children get numbers first.
    const allocate = (element: StructElement): boolean => {
      let content = false;
      for (const kid of element.kids) content = (isElement(kid) ? allocate(kid) : true) || content;
      if (content) {
        const object = internals.newAdditionalObject();
        this.ids.set(element, object.objId);
        elements.push({ element, object });
      }
      return content;
    };
    allocate(this.root);
    for (const { element, object } of elements) object.content = this.elementDictionary(element);

    const nums: string[] = [];
    const pageCount = this.doc.getNumberOfPages();
    for (let page = 1; page <= pageCount; page += 1) {
      const refs = (this.marked[page] ?? []).map((element) => `${this.ids.get(element)} 0 R`);
      nums.push(`${page - 1} [${refs.join(' ')}]`);
    }
    this.annotations.forEach((annotation, index) =>
      nums.push(`${pageCount + index} ${this.ids.get(annotation.element)} 0 R`),
    );
    parentTree.content = `<< /Nums [${nums.join('\n')}] >>`;
    const documentRef = this.ids.has(this.root) ? `${this.ids.get(this.root)} 0 R` : '';
    root.content =
      `<< /Type /StructTreeRoot /K [${documentRef}] /ParentTree ${parentTree.objId} 0 R` +
      ` /ParentTreeNextKey ${pageCount + this.annotations.length} >>`;
  }

  private elementDictionary(element: StructElement): string {
    const parent = element.parent ? this.ids.get(element.parent)! : this.rootId;
    let firstPage: number | undefined;
    for (const kid of element.kids) if (!isElement(kid)) firstPage ??= kid.page;
    const kids = element.kids.map((kid) => {
      if (isElement(kid)) return this.ids.has(kid) ? `${this.ids.get(kid)} 0 R` : '';
      const pageRef = `${this.pageObjects[kid.page]} 0 R`;
      if ('dictionary' in kid) return `<< /Type /OBJR /Obj ${kid.objectId} 0 R /Pg ${pageRef} >>`;
      return kid.page === firstPage ? String(kid.mcid) : `<< /Type /MCR /Pg ${pageRef} /MCID ${kid.mcid} >>`;
    });
    const page = firstPage === undefined ? '' : ` /Pg ${this.pageObjects[firstPage]} 0 R`;
    const written = kids.filter(Boolean);
    // /Type /StructElem is optional, and a long report has thousands of these: every byte is paid per item.
    const k = written.length === 1 ? written[0] : `[${written.join(' ')}]`;
    return `<< /S /${element.type} /P ${parent} 0 R${page} /K ${k}${element.entries ? ` ${element.entries}` : ''} >>`;
  }
}
