// What the element handlers fill in while they walk a channel, an entry or a source, before
// it is frozen into the model. One shape for all three, as the formats share their elements.
import type {
  Category,
  ChapterList,
  DateValue,
  FeedImage,
  Generator,
  Geometry,
  Link,
  MediaCredit,
  MediaObject,
  MediaRestriction,
  Person,
  TextConstruct,
  Validity,
} from '../../model/index.ts';

export interface PersonDraft {
  name: string | null;
  email: string | null;
  uri: string | null;
}

export interface ItunesDraft {
  author: string | null;
  block: boolean;
  explicit: boolean | null;
  image: string | null;
  duration: string | null;
  keywords: string[];
  categories: string[];
  subtitle: string | null;
  summary: string | null;
  owner: PersonDraft | null;
}

export class Draft {
  id: string | null = null;
  guidIsLink = false;
  title: TextConstruct | null = null;
  subtitle: TextConstruct | null = null;
  summary: TextConstruct | null = null;
  info: TextConstruct | null = null;
  rights: TextConstruct | null = null;
  content: TextConstruct[] = [];
  hasContent = false;
  link: string | null = null;
  links: Link[] = [];
  published: DateValue | null = null;
  updated: DateValue | null = null;
  created: DateValue | null = null;
  expired: DateValue | null = null;
  validity: Validity | null = null;
  where: Geometry | null = null;
  chapters: ChapterList | null = null;
  cloud: Record<string, string> | null = null;
  textInput: {
    title: string | null;
    description: string | null;
    name: string | null;
    link: string | null;
  } | null = null;
  newLocation: string | null = null;
  authors: PersonDraft[] = [];
  contributors: PersonDraft[] = [];
  publisher: PersonDraft | null = null;
  categories: Category[] = [];
  language: string | null = null;
  comments: string | null = null;
  generator: Generator | null = null;
  image: FeedImage | null = null;
  icon: string | null = null;
  logo: string | null = null;
  docs: string | null = null;
  ttl: number | null = null;
  media: MediaObject[] = [];
  thumbnails: MediaObject[] = [];
  credits: MediaCredit[] = [];
  mediaRestriction: MediaRestriction | null = null;
  itunes: ItunesDraft | null = null;
  source: Draft | null = null;
  sourceUrl: string | null = null;
  extensions: Record<string, string | Record<string, string>> = {};

  /** Adds a category unless it is empty or already there. */
  addCategory(term: string | null, scheme: string | null, label: string | null): void {
    if (!term && !scheme && !label) return;
    const t = term ?? '';
    if (this.categories.some((c) => c.term === t && c.scheme === scheme && c.label === label)) return;
    this.categories.push({ term: t, scheme, label });
  }

  /** Returns the iTunes block, created on first use. */
  itunesInfo(): ItunesDraft {
    this.itunes ??= {
      author: null,
      block: false,
      explicit: null,
      image: null,
      duration: null,
      keywords: [],
      categories: [],
      subtitle: null,
      summary: null,
      owner: null,
    };
    return this.itunes;
  }
}

/** Returns a person draft with nothing known yet. */
export function emptyPerson(): PersonDraft {
  return { name: null, email: null, uri: null };
}

/** Returns the frozen people, skipping drafts with nothing in them. */
export function freezePeople(people: readonly PersonDraft[]): Person[] {
  return people.filter((p) => p.name || p.email || p.uri).map((p) => ({ ...p }));
}
