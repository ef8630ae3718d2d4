import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { timelineYear, type AllyTimeline } from '../../src/data/ally-timeline.ts';
import type { YearRange } from '../../src/data/year-range.ts';
import { readTrack, type Track } from '../../src/state/tracks/track.ts';

/**
 * The built-in talk tracks (data/stories/*.json), checked when the app builds: each file is a
 * track the app's own reader accepts, its id is its file name, every step cites sources of
 * data/sources.csv, and every count its captions state is declared in the step (`counts`: allies
 * on 31 December of a year; `lost`: allies lost in a year or span) and matches the allies'
 * timeline. A count in a caption that is not declared fails the build, so no number goes unchecked.
 */

/** A built-in story as the app receives it (`virtual:stories`). */
export interface Story {
  id: string;
  track: Track;
}

const yearKey = z.string().regex(/^\d{4}$/, 'must be a year');
const spanKey = z.string().regex(/^\d{4}(-\d{4})?$/, 'must be a year or a span of years (2016-2024)');
const storyStep = z.object({
  sources: z.array(z.string().regex(/^[a-z0-9][a-z0-9-]*$/)).min(1, 'must cite at least one source id from data/sources.csv'),
  counts: z.record(yearKey, z.number().int().nonnegative()).default({}),
  lost: z.record(spanKey, z.number().int().positive()).default({}),
});
const storyFile = z.object({ id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/), steps: z.array(storyStep).min(1) });

/** The counts a caption states: "22 allies", "14 states"; "22個邦交國", "14國". */
const STATED_COUNTS = [/(\d+) (?:formal )?(?:allies|ally|states)\b/g, /(\d+)(?:個邦交國|國)/g];

export interface StoryContext {
  years: YearRange;
  isCountry: (iso3: string) => boolean;
  sourceIds: ReadonlySet<string>;
  timeline: AllyTimeline;
}

/** Allies lost in a span of years (`2018` or `2016-2024`), as the timeline counts them. */
function lostIn(span: string, timeline: AllyTimeline): number {
  const [from, to = from] = span.split('-').map(Number);
  let lost = 0;
  for (let year = from; year <= to; year++) lost += timelineYear(timeline, year).lost.length;
  return lost;
}

/** Checks one story file's text; returns the story or the problems found, each naming the step. */
export function checkStory(file: string, text: string, context: StoryContext): Story | string[] {
  const problems: string[] = [];
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return [`${file}: not JSON (${(error as Error).message})`];
  }
  const read = readTrack(json, context);
  if (read.status === 'invalid') return [`${file}: refused by the track reader: ${JSON.stringify(read.problem)}`];
  const parsed = storyFile.safeParse(json);
  if (!parsed.success) return parsed.error.issues.map((issue) => `${file}: ${issue.path.join('.')}: ${issue.message}`);
  const { id, steps } = parsed.data;
  if (`${id}.json` !== file) problems.push(`${file}: id "${id}" must be the file's name`);
  steps.forEach((step, index) => {
    const where = `${file} steps[${index}]`;
    for (const source of step.sources) if (!context.sourceIds.has(source)) problems.push(`${where}: source "${source}" is not in data/sources.csv`);
    for (const [year, count] of Object.entries(step.counts)) {
      const actual = timelineYear(context.timeline, Number(year)).allies.length;
      if (actual !== count) problems.push(`${where}: counts ${year}: ${count}, but the data has ${actual} allies at the end of ${year}`);
    }
    for (const [span, count] of Object.entries(step.lost)) {
      const actual = lostIn(span, context.timeline);
      if (actual !== count) problems.push(`${where}: lost ${span}: ${count}, but the data has ${actual}`);
    }
    const declared = new Set([...Object.values(step.counts), ...Object.values(step.lost)]);
    const { caption } = read.track.steps[index];
    for (const text of [...Object.values(caption.title), ...Object.values(caption.text)]) {
      for (const pattern of STATED_COUNTS) {
        for (const match of text.matchAll(pattern)) {
          if (!declared.has(Number(match[1]))) problems.push(`${where}: "${match[0]}" is not among the step's counts or losses`);
        }
      }
    }
  });
  return problems.length > 0 ? problems : { id, track: read.track };
}

/** Reads and checks every story in `dir`; throws with every problem found. */
export function readStories(dir: string, context: StoryContext): Story[] {
  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort();
  const problems: string[] = [];
  const stories: Story[] = [];
  for (const file of files) {
    const result = checkStory(basename(file), readFileSync(join(dir, file), 'utf8'), context);
    if (Array.isArray(result)) problems.push(...result);
    else stories.push(result);
  }
  if (problems.length > 0) throw new Error(`invalid stories (data/stories/):\n${problems.join('\n')}`);
  return stories;
}
