// Dates kept in a data file instead of the talk's front matter, read with no config. Event sites
// (DevOpsDays' shape: content/events/2019-chicago/program/jane-doe.md) keep each event's schedule in
// data/events/2019-chicago.yml: a list whose entries name a talk (by its file name or its title) with
// a date and start and end times, and the event's own start date. A talk without a date of its own
// is looked up in the data files named after its folders below the talk folder, nearest first, then
// in a site-wide schedule (data/schedule.yml, program, agenda, sessions, talks).
import { existsSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import type { ResolvedConfig } from './config/resolve.ts'
import { DATA_EXTENSIONS } from './data-files.ts'
import { addMinutes, dateTimeOf } from './dates.ts'
import { isTable, valueOfKey } from './front-matter-reader.ts'
import { slugify } from './slug.ts'
import { clockOf, parseTimeSlot } from './time-slot.ts'

export interface Scheduled {
  date?: string
  start?: string
  end?: string
  /** The data file it came from, relative to the data folder. */
  source: string
  /** Whether an entry names the talk (else the date is the event's start date, or none: a schedule that does not list it). */
  listed: boolean
}

type Table = Record<string, unknown>

const SITE_WIDE = ['schedule', 'program', 'programme', 'agenda', 'sessions', 'talks']
/** What names a talk in an entry. */
const NAME_KEYS = ['title', 'name', 'talk', 'session', 'slug', 'id', 'file', 'page']
const DATE_KEYS = ['date', 'day', 'talk_date', 'start_date', 'startdate', 'datestart', 'date_start']
const START_KEYS = ['start_time', 'starttime', 'talk_start_time', 'start', 'time_start', 'starts_at', 'from', 'time']
const END_KEYS = ['end_time', 'endtime', 'talk_end_time', 'end', 'time_end', 'ends_at', 'to']
const SLOT_KEYS = ['slot', 'slot_id', 'timeslot']
/** Keys of a slot that list the talks in it by id. */
const LIST_KEYS = ['sessions', 'talks', 'items']
const SLOT_FILES = ['slots', 'timeslots', 'time_slots']
const MAX_DEPTH = 6

interface When {
  date?: string
  time?: string
}

/** A value as a date and/or a time of day: "2019-08-27", a date-time, "10:00", "4:30 PM". */
function whenOf(value: unknown): When | undefined {
  const dt = dateTimeOf(value)
  if (dt !== 'invalid') return { date: dt.date, time: dt.time }
  const time = typeof value === 'string' ? clockOf(value) : undefined
  return time ? { time } : undefined
}

function firstWhen(table: Table, keys: string[]): When | undefined {
  for (const key of keys) {
    const when = whenOf(valueOfKey(table, key))
    if (when) return when
  }
  return undefined
}

interface Entry {
  date?: string
  start?: string
  end?: string
  /** The time slot it names (`slot: slot-1`), whose times a slots data file keeps. */
  slot?: string
}

/** An entry's own date and times; a date it lacks comes from the entry (a day) it sits in. */
function entryOf(table: Table, inherited: string | undefined): Entry {
  const day = firstWhen(table, DATE_KEYS)
  const start = firstWhen(table, START_KEYS)
  const end = firstWhen(table, END_KEYS)
  const slotText = valueOfKey(table, 'time')
  const slot = typeof slotText === 'string' && !start?.time ? parseTimeSlot(slotText) : undefined
  const slotName = SLOT_KEYS.map((k) => valueOfKey(table, k)).find((v): v is string => typeof v === 'string' && !!v.trim())
  return {
    date: day?.date ?? start?.date ?? inherited,
    start: start?.time ?? slot?.start,
    end: end?.time ?? slot?.end ?? (start?.time ? endOfDuration(table, start.time) : undefined),
    ...(slotName ? { slot: slotName } : {}),
  }
}

/** An end from a duration in minutes (`duration: 40`). */
function endOfDuration(table: Table, start: string): string | undefined {
  const minutes = Number(valueOfKey(table, 'duration'))
  return Number.isFinite(minutes) && minutes > 0 && minutes < 24 * 60 ? addMinutes(start, minutes) : undefined
}

/**
 * A site's time slots (data/slots.yml: `- key: slot-1, start: '10:00', duration: 40`), by name: a
 * schedule that places talks in named slots (GDG DevFest sites) keeps their times there.
 */
function slotTimes(data: unknown): Map<string, Entry> {
  const slots = new Map<string, Entry>()
  for (const item of Array.isArray(data) ? data : isTable(data) ? Object.entries(data).map(([key, v]) => (isTable(v) ? { key, ...v } : v)) : []) {
    if (!isTable(item)) continue
    const name = ['key', 'id', 'name', 'slot'].map((k) => valueOfKey(item, k)).find((v): v is string => typeof v === 'string' && !!v.trim())
    const entry = entryOf(item, undefined)
    if (name && entry.start && !slots.has(name)) slots.set(name, entry)
  }
  return slots
}

/** Every table in the data that names something and has a date or a time, by each name's slug (the first of a name wins). */
function indexEntries(data: unknown): Map<string, Entry> {
  const index = new Map<string, Entry>()
  const walk = (value: unknown, inherited: string | undefined, depth: number) => {
    if (depth > MAX_DEPTH) return
    if (Array.isArray(value)) {
      for (const item of value) walk(item, inherited, depth + 1)
      return
    }
    if (!isTable(value)) return
    const entry = entryOf(value, inherited)
    const names = NAME_KEYS.map((k) => valueOfKey(value, k)).filter((v): v is string => typeof v === 'string' && !!v.trim())
    // A slot listing its sessions by id (`timeslots: [{ startTime, sessions: [101, 102] }]`, older hugo-devfest sites).
    const listed = LIST_KEYS.flatMap((k) => {
      const v = valueOfKey(value, k)
      return Array.isArray(v) ? v.filter((x) => typeof x === 'string' || typeof x === 'number').map(String) : []
    })
    if ((names.length && depth > 0) || listed.length) if (entry.date || entry.start) for (const name of [...names, ...listed]) if (!index.has(slugify(name))) index.set(slugify(name), entry)
    for (const child of Object.values(value)) if (typeof child === 'object' && child !== null) walk(child, entry.date, depth + 1)
  }
  walk(data, undefined, 0)
  return index
}

interface DataFile {
  path: string
  entries: Map<string, Entry>
  /** The event's own start date (top level), for a talk the schedule does not list. */
  startDate?: string
}

/**
 * For a talk file, what the site's data files say of its date and times (see the head of the file).
 * `read` parses a file relative to the data folder (it throws a located DataFileError if it does not
 * parse). Each data file is read and indexed once.
 */
export function scheduleReader(config: Pick<ResolvedConfig, 'contentDir' | 'siteRoot' | 'dataDir'>, read: (path: string) => unknown): (talkFile: string, names: string[]) => Scheduled | undefined {
  const { dataDir } = config
  const files = new Map<string, DataFile | null>()
  const root = resolve(config.contentDir)
  // The talk folder's path under content/ ("events"), for data/events/<event>.yml.
  const under = config.siteRoot ? relative(join(config.siteRoot, 'content'), root) : ''
  const section = under.startsWith('..') ? '' : under.split(sep).join('/')

  /** The data file of a name ("events/2019-chicago" → "events/2019-chicago.yml"), if there is one. */
  const pathOf = (stem: string) => {
    const ext = dataDir && DATA_EXTENSIONS.find((e) => existsSync(join(dataDir, stem + e)))
    return ext ? stem + ext : undefined
  }

  const load = (stem: string): DataFile | undefined => {
    if (!dataDir) return undefined
    if (files.has(stem)) return files.get(stem) ?? undefined
    const path = pathOf(stem)
    let file: DataFile | null = null
    if (path) {
      const data = read(path)
      const start = isTable(data) ? firstWhen(data, ['startdate', 'start_date', 'datestart', 'date_start', 'date', 'start']) : undefined
      file = { path, entries: indexEntries(data), startDate: start?.date }
    }
    files.set(stem, file)
    return file ?? undefined
  }

  /** The data files a talk's folders name, nearest first: data/<section>/<folder> and data/<folder>. */
  const candidates = (talkFile: string): string[] => {
    const dir = dirname(resolve(talkFile))
    if (dir === root || !dir.startsWith(root + sep)) return []
    const folders = relative(root, dir).split(sep).reverse()
    return folders.flatMap((f) => (section ? [`${section}/${f}`, f] : [f]))
  }

  let slots: Map<string, Entry> | undefined
  /** An entry placed in a named slot and given no times of its own takes the slot's. */
  const withSlotTimes = ({ slot, ...entry }: Entry): Entry => {
    if (!slot || entry.start) return entry
    slots ??= new Map(SLOT_FILES.flatMap((stem) => {
      const path = pathOf(stem)
      return path ? [...slotTimes(read(path))] : []
    }))
    const times = slots.get(slot)
    return times ? { ...entry, start: times.start, end: times.end } : entry
  }

  return (talkFile, names) => {
    const keys = names.map(slugify).filter(Boolean)
    const own = candidates(talkFile).map(load).filter((f): f is DataFile => !!f)
    for (const file of [...own, ...SITE_WIDE.map(load).filter((f): f is DataFile => !!f)]) {
      for (const key of keys) {
        const entry = file.entries.get(key)
        if (entry?.date || entry?.start) return { ...withSlotTimes(entry), source: file.path, listed: true }
      }
    }
    const dated = own.find((f) => f.startDate)
    if (dated) return { date: dated.startDate, source: dated.path, listed: false }
    // A schedule that lists talks, but not this one: the caller decides what an unlisted page is.
    const schedule = [...own, ...SITE_WIDE.map(load).filter((f): f is DataFile => !!f)].find((f) => f.entries.size > 0)
    return schedule ? { source: schedule.path, listed: false } : undefined
  }
}
