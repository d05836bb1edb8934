/**
 * GENERATED FILE: do not edit. Regenerate with `npm run grammars` (tests/tools/compile-record-schema.ts).
 *
 * The article record's JSON Schema (draft 2020-12, from the zod schema in src/records/) without its
 * descriptions, which src/cli/check-record.ts holds every record to, and the same schema as plain
 * functions (the fast test; the schema itself gives the message when a record fails).
 */
/* eslint-disable */

import type { SchemaNode } from './check-record.ts'

export const RECORD_SCHEMA: SchemaNode = {"type":"object","properties":{"schemaVersion":{"type":"number","const":1},"id":{"type":["string","null"]},"source":{"type":["string","null"]},"published":{"anyOf":[{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2})?$"},{"type":"null"}]},"publishedFrom":{"anyOf":[{"type":"string","enum":["text","option","page"]},{"type":"null"}]},"publication":{"anyOf":[{"type":"object","properties":{"text":{"type":"string"},"span":{"type":"object","properties":{"start":{"type":"integer","minimum":0,"maximum":9007199254740991},"end":{"type":"integer","minimum":0,"maximum":9007199254740991}},"required":["start","end"],"additionalProperties":false},"value":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2})?$"}},"required":["text","span","value"],"additionalProperties":false},{"type":"null"}]},"title":{"anyOf":[{"type":"object","properties":{"text":{"type":"string"},"span":{"type":"object","properties":{"start":{"type":"integer","minimum":0,"maximum":9007199254740991},"end":{"type":"integer","minimum":0,"maximum":9007199254740991}},"required":["start","end"],"additionalProperties":false}},"required":["text","span"],"additionalProperties":false},{"type":"null"}]},"byline":{"anyOf":[{"type":"object","properties":{"text":{"type":"string"},"span":{"type":"object","properties":{"start":{"type":"integer","minimum":0,"maximum":9007199254740991},"end":{"type":"integer","minimum":0,"maximum":9007199254740991}},"required":["start","end"],"additionalProperties":false}},"required":["text","span"],"additionalProperties":false},{"type":"null"}]},"photoCredits":{"type":"array","items":{"type":"object","properties":{"text":{"type":"string"},"span":{"type":"object","properties":{"start":{"type":"integer","minimum":0,"maximum":9007199254740991},"end":{"type":"integer","minimum":0,"maximum":9007199254740991}},"required":["start","end"],"additionalProperties":false}},"required":["text","span"],"additionalProperties":false}},"captions":{"type":"array","items":{"type":"object","properties":{"text":{"type":"string"},"span":{"type":"object","properties":{"start":{"type":"integer","minimum":0,"maximum":9007199254740991},"end":{"type":"integer","minimum":0,"maximum":9007199254740991}},"required":["start","end"],"additionalProperties":false}},"required":["text","span"],"additionalProperties":false}},"documents":{"type":"array","items":{"type":"object","properties":{"id":{"type":["string","null"]},"number":{"type":"string"},"type":{"type":"string"},"kind":{"type":["string","null"]},"typeName":{"type":["string","null"]},"system":{"type":"string","enum":["party","state","unknown"]},"issuer":{"type":["string","null"]},"issuerInferred":{"type":"boolean"},"year":{"anyOf":[{"type":"integer","minimum":-9007199254740991,"maximum":9007199254740991},{"type":"null"}]},"term":{"type":["string","null"]},"date":{"anyOf":[{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}$"},{"type":"null"}]},"body":{"anyOf":[{"type":"object","properties":{"text":{"type":"string"},"span":{"type":"object","properties":{"start":{"type":"integer","minimum":0,"maximum":9007199254740991},"end":{"type":"integer","minimum":0,"maximum":9007199254740991}},"required":["start","end"],"additionalProperties":false}},"required":["text","span"],"additionalProperties":false},{"type":"null"}]},"subject":{"anyOf":[{"type":"object","properties":{"text":{"type":"string"},"span":{"type":"object","properties":{"start":{"type":"integer","minimum":0,"maximum":9007199254740991},"end":{"type":"integer","minimum":0,"maximum":9007199254740991}},"required":["start","end"],"additionalProperties":false}},"required":["text","span"],"additionalProperties":false},{"type":"null"}]},"implements":{"type":"array","items":{"type":"string"}},"key":{"type":"string"},"text":{"type":"string"},"span":{"type":"object","properties":{"start":{"type":"integer","minimum":0,"maximum":9007199254740991},"end":{"type":"integer","minimum":0,"maximum":9007199254740991}},"required":["start","end"],"additionalProperties":false},"rule":{"type":"string"},"mentions":{"type":"array","items":{"type":"object","properties":{"text":{"type":"string"},"span":{"type":"object","properties":{"start":{"type":"integer","minimum":0,"maximum":9007199254740991},"end":{"type":"integer","minimum":0,"maximum":9007199254740991}},"required":["start","end"],"additionalProperties":false}},"required":["text","span"],"additionalProperties":false}},"dateSpan":{"anyOf":[{"type":"object","properties":{"start":{"type":"integer","minimum":0,"maximum":9007199254740991},"end":{"type":"integer","minimum":0,"maximum":9007199254740991}},"required":["start","end"],"additionalProperties":false},{"type":"null"}]}},"required":["id","number","type","kind","typeName","system","issuer","issuerInferred","year","term","date","body","subject","implements","key","text","span","rule","mentions","dateSpan"],"additionalProperties":false}},"dates":{"type":"array","items":{"type":"object","properties":{"kind":{"type":"string","enum":["date","month","year","quarter","period","term","range"]},"text":{"type":"string"},"span":{"type":"object","properties":{"start":{"type":"integer","minimum":0,"maximum":9007199254740991},"end":{"type":"integer","minimum":0,"maximum":9007199254740991}},"required":["start","end"],"additionalProperties":false},"rule":{"type":"string"},"value":{"anyOf":[{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}$"},{"type":"null"}]},"start":{"anyOf":[{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}$"},{"type":"null"}]},"end":{"anyOf":[{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}$"},{"type":"null"}]},"partOfDay":{"anyOf":[{"type":"string","enum":["morning","noon","afternoon","evening","night"]},{"type":"null"}]},"time":{"anyOf":[{"type":"string","pattern":"^\\d{2}:\\d{2}$"},{"type":"null"}]},"parts":{"type":"object","properties":{"year":{"anyOf":[{"type":"integer","minimum":-9007199254740991,"maximum":9007199254740991},{"type":"null"}]},"month":{"anyOf":[{"type":"integer","minimum":-9007199254740991,"maximum":9007199254740991},{"type":"null"}]},"day":{"anyOf":[{"type":"integer","minimum":-9007199254740991,"maximum":9007199254740991},{"type":"null"}]}},"required":["year","month","day"],"additionalProperties":false},"yearFrom":{"anyOf":[{"type":"string","enum":["text","published","context"]},{"type":"null"}]}},"required":["kind","text","span","rule","value","start","end","partOfDay","time","parts","yearFrom"],"additionalProperties":false}},"people":{"type":"array","items":{"type":"object","properties":{"name":{"type":"string"},"text":{"type":"string"},"span":{"type":"object","properties":{"start":{"type":"integer","minimum":0,"maximum":9007199254740991},"end":{"type":"integer","minimum":0,"maximum":9007199254740991}},"required":["start","end"],"additionalProperties":false},"rule":{"type":"string"},"mentions":{"type":"array","items":{"type":"object","properties":{"text":{"type":"string"},"span":{"type":"object","properties":{"start":{"type":"integer","minimum":0,"maximum":9007199254740991},"end":{"type":"integer","minimum":0,"maximum":9007199254740991}},"required":["start","end"],"additionalProperties":false},"kind":{"type":"string","enum":["name","given-name","title"]}},"required":["text","span","kind"],"additionalProperties":false}},"titles":{"type":"array","items":{"type":"object","properties":{"text":{"type":"string"},"span":{"type":"object","properties":{"start":{"type":"integer","minimum":0,"maximum":9007199254740991},"end":{"type":"integer","minimum":0,"maximum":9007199254740991}},"required":["start","end"],"additionalProperties":false},"expanded":{"type":"string"},"position":{"type":["string","null"]},"body":{"type":["string","null"]},"locality":{"type":["string","null"]}},"required":["text","span","expanded","position","body","locality"],"additionalProperties":false}},"roles":{"type":"array","items":{"type":"string","enum":["chair","speaker","attendee"]}}},"required":["name","text","span","rule","mentions","titles","roles"],"additionalProperties":false}},"bodies":{"type":"array","items":{"type":"object","properties":{"name":{"type":"string"},"kind":{"type":"string"},"level":{"anyOf":[{"type":"string","enum":["central","province","district","commune","bloc"]},{"type":"null"}]},"locality":{"type":["string","null"]},"localityInferred":{"type":"boolean"},"text":{"type":"string"},"span":{"type":"object","properties":{"start":{"type":"integer","minimum":0,"maximum":9007199254740991},"end":{"type":"integer","minimum":0,"maximum":9007199254740991}},"required":["start","end"],"additionalProperties":false},"rule":{"type":"string"},"mentions":{"type":"array","items":{"type":"object","properties":{"text":{"type":"string"},"span":{"type":"object","properties":{"start":{"type":"integer","minimum":0,"maximum":9007199254740991},"end":{"type":"integer","minimum":0,"maximum":9007199254740991}},"required":["start","end"],"additionalProperties":false}},"required":["text","span"],"additionalProperties":false}}},"required":["name","kind","level","locality","localityInferred","text","span","rule","mentions"],"additionalProperties":false}},"meetings":{"type":"array","items":{"type":"object","properties":{"kind":{"type":"string"},"kindText":{"type":"string"},"ordinal":{"anyOf":[{"type":"integer","minimum":-9007199254740991,"maximum":9007199254740991},{"type":"null"}]},"date":{"anyOf":[{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}$"},{"type":"null"}]},"partOfDay":{"anyOf":[{"type":"string","enum":["morning","noon","afternoon","evening","night"]},{"type":"null"}]},"dateText":{"anyOf":[{"type":"object","properties":{"text":{"type":"string"},"span":{"type":"object","properties":{"start":{"type":"integer","minimum":0,"maximum":9007199254740991},"end":{"type":"integer","minimum":0,"maximum":9007199254740991}},"required":["start","end"],"additionalProperties":false}},"required":["text","span"],"additionalProperties":false},{"type":"null"}]},"organiser":{"anyOf":[{"type":"object","properties":{"text":{"type":"string"},"span":{"type":"object","properties":{"start":{"type":"integer","minimum":0,"maximum":9007199254740991},"end":{"type":"integer","minimum":0,"maximum":9007199254740991}},"required":["start","end"],"additionalProperties":false}},"required":["text","span"],"additionalProperties":false},{"type":"null"}]},"host":{"anyOf":[{"type":"object","properties":{"text":{"type":"string"},"span":{"type":"object","properties":{"start":{"type":"integer","minimum":0,"maximum":9007199254740991},"end":{"type":"integer","minimum":0,"maximum":9007199254740991}},"required":["start","end"],"additionalProperties":false}},"required":["text","span"],"additionalProperties":false},{"type":"null"}]},"chairs":{"type":"array","items":{"type":"string"}},"attendees":{"type":"array","items":{"type":"string"}},"periodReviewed":{"anyOf":[{"type":"object","properties":{"text":{"type":"string"},"span":{"type":"object","properties":{"start":{"type":"integer","minimum":0,"maximum":9007199254740991},"end":{"type":"integer","minimum":0,"maximum":9007199254740991}},"required":["start","end"],"additionalProperties":false},"start":{"anyOf":[{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}$"},{"type":"null"}]},"end":{"anyOf":[{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}$"},{"type":"null"}]}},"required":["text","span","start","end"],"additionalProperties":false},{"type":"null"}]},"periodPlanned":{"anyOf":[{"type":"object","properties":{"text":{"type":"string"},"span":{"type":"object","properties":{"start":{"type":"integer","minimum":0,"maximum":9007199254740991},"end":{"type":"integer","minimum":0,"maximum":9007199254740991}},"required":["start","end"],"additionalProperties":false},"start":{"anyOf":[{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}$"},{"type":"null"}]},"end":{"anyOf":[{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}$"},{"type":"null"}]}},"required":["text","span","start","end"],"additionalProperties":false},{"type":"null"}]},"purpose":{"anyOf":[{"type":"object","properties":{"text":{"type":"string"},"span":{"type":"object","properties":{"start":{"type":"integer","minimum":0,"maximum":9007199254740991},"end":{"type":"integer","minimum":0,"maximum":9007199254740991}},"required":["start","end"],"additionalProperties":false}},"required":["text","span"],"additionalProperties":false},{"type":"null"}]},"text":{"type":"string"},"span":{"type":"object","properties":{"start":{"type":"integer","minimum":0,"maximum":9007199254740991},"end":{"type":"integer","minimum":0,"maximum":9007199254740991}},"required":["start","end"],"additionalProperties":false},"rule":{"type":"string"},"mentions":{"type":"array","items":{"type":"object","properties":{"text":{"type":"string"},"span":{"type":"object","properties":{"start":{"type":"integer","minimum":0,"maximum":9007199254740991},"end":{"type":"integer","minimum":0,"maximum":9007199254740991}},"required":["start","end"],"additionalProperties":false}},"required":["text","span"],"additionalProperties":false}}},"required":["kind","kindText","ordinal","date","partOfDay","dateText","organiser","host","chairs","attendees","periodReviewed","periodPlanned","purpose","text","span","rule","mentions"],"additionalProperties":false}},"province":{"anyOf":[{"type":"object","properties":{"name":{"type":"string"},"province2025":{"type":["string","null"]},"mentions":{"type":"integer","minimum":-9007199254740991,"maximum":9007199254740991}},"required":["name","province2025","mentions"],"additionalProperties":false},{"type":"null"}]},"counts":{"type":"array","items":{"type":"object","properties":{"value":{"type":"number"},"subject":{"type":"string"},"subjectText":{"type":"string"},"category":{"type":["string","null"]},"percent":{"type":"boolean"},"qualifier":{"anyOf":[{"type":"string","enum":["over","more_than","almost","nearly","about","up_to","reached","at_least","under"]},{"type":"null"}]},"upTo":{"type":["number","null"]},"change":{"anyOf":[{"type":"string","enum":["increase","decrease"]},{"type":"null"}]},"comparedTo":{"type":["string","null"]},"rate":{"anyOf":[{"type":"string","enum":["per-year","per-month"]},{"type":"null"}]},"total":{"type":"boolean"},"partOf":{"anyOf":[{"type":"integer","minimum":-9007199254740991,"maximum":9007199254740991},{"type":"null"}]},"relation":{"anyOf":[{"type":"string","enum":["target","share"]},{"type":"null"}]},"of":{"anyOf":[{"type":"integer","minimum":-9007199254740991,"maximum":9007199254740991},{"type":"null"}]},"period":{"anyOf":[{"type":"object","properties":{"text":{"type":"string"},"span":{"type":"object","properties":{"start":{"type":"integer","minimum":0,"maximum":9007199254740991},"end":{"type":"integer","minimum":0,"maximum":9007199254740991}},"required":["start","end"],"additionalProperties":false},"start":{"anyOf":[{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}$"},{"type":"null"}]},"end":{"anyOf":[{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}$"},{"type":"null"}]}},"required":["text","span","start","end"],"additionalProperties":false},{"type":"null"}]},"scope":{"anyOf":[{"type":"object","properties":{"text":{"type":"string"},"span":{"type":"object","properties":{"start":{"type":"integer","minimum":0,"maximum":9007199254740991},"end":{"type":"integer","minimum":0,"maximum":9007199254740991}},"required":["start","end"],"additionalProperties":false}},"required":["text","span"],"additionalProperties":false},{"type":"null"}]},"body":{"anyOf":[{"type":"object","properties":{"text":{"type":"string"},"span":{"type":"object","properties":{"start":{"type":"integer","minimum":0,"maximum":9007199254740991},"end":{"type":"integer","minimum":0,"maximum":9007199254740991}},"required":["start","end"],"additionalProperties":false}},"required":["text","span"],"additionalProperties":false},{"type":"null"}]},"text":{"type":"string"},"span":{"type":"object","properties":{"start":{"type":"integer","minimum":0,"maximum":9007199254740991},"end":{"type":"integer","minimum":0,"maximum":9007199254740991}},"required":["start","end"],"additionalProperties":false},"rule":{"type":"string"},"valueSpan":{"type":"object","properties":{"start":{"type":"integer","minimum":0,"maximum":9007199254740991},"end":{"type":"integer","minimum":0,"maximum":9007199254740991}},"required":["start","end"],"additionalProperties":false},"subjectSpan":{"type":"object","properties":{"start":{"type":"integer","minimum":0,"maximum":9007199254740991},"end":{"type":"integer","minimum":0,"maximum":9007199254740991}},"required":["start","end"],"additionalProperties":false}},"required":["value","subject","subjectText","category","percent","qualifier","upTo","change","comparedTo","rate","total","partOf","relation","of","period","scope","body","text","span","rule","valueSpan","subjectSpan"],"additionalProperties":false}},"amounts":{"type":"array","items":{"type":"object","properties":{"value":{"type":"number"},"unit":{"type":"string"},"qualifier":{"anyOf":[{"type":"string","enum":["over","more_than","almost","nearly","about","up_to","reached","at_least","under"]},{"type":"null"}]},"text":{"type":"string"},"span":{"type":"object","properties":{"start":{"type":"integer","minimum":0,"maximum":9007199254740991},"end":{"type":"integer","minimum":0,"maximum":9007199254740991}},"required":["start","end"],"additionalProperties":false},"rule":{"type":"string"}},"required":["value","unit","qualifier","text","span","rule"],"additionalProperties":false}},"stats":{"type":"object","properties":{"inputLength":{"type":"integer","minimum":-9007199254740991,"maximum":9007199254740991},"textLength":{"type":"integer","minimum":-9007199254740991,"maximum":9007199254740991},"paragraphs":{"type":"integer","minimum":-9007199254740991,"maximum":9007199254740991},"sentences":{"type":"integer","minimum":-9007199254740991,"maximum":9007199254740991},"duplicateParagraphs":{"type":"integer","minimum":-9007199254740991,"maximum":9007199254740991},"html":{"type":"boolean"}},"required":["inputLength","textLength","paragraphs","sentences","duplicateParagraphs","html"],"additionalProperties":false},"issues":{"type":"array","items":{"type":"object","properties":{"code":{"type":"string","enum":["input_empty","input_binary","input_truncated","input_encoding","not_vietnamese","invalid_input","invalid_published","invalid_option","internal_error"]},"severity":{"type":"string","enum":["info","warning","error"]},"message":{"type":"string"},"span":{"type":"object","properties":{"start":{"type":"integer","minimum":0,"maximum":9007199254740991},"end":{"type":"integer","minimum":0,"maximum":9007199254740991}},"required":["start","end"],"additionalProperties":false}},"required":["code","severity","message"],"additionalProperties":false}},"page":{"anyOf":[{"type":"object","properties":{"siteName":{"type":["string","null"]},"author":{"type":["string","null"]},"published":{"type":["string","null"]},"contentRanges":{"type":"array","items":{"type":"object","properties":{"start":{"type":"integer","minimum":0,"maximum":9007199254740991},"end":{"type":"integer","minimum":0,"maximum":9007199254740991}},"required":["start","end"],"additionalProperties":false}}},"required":["siteName","author","published","contentRanges"],"additionalProperties":false},{"type":"null"}]}},"required":["schemaVersion","id","source","published","publishedFrom","publication","title","byline","photoCredits","captions","documents","dates","people","bodies","meetings","province","counts","amounts","stats","issues","page"],"additionalProperties":false}

const P0 = new RegExp("^\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2})?$", 'u')

const P1 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", 'u')

const P2 = new RegExp("^\\d{2}:\\d{2}$", 'u')

function t1(v: any): boolean {
  if (v !== 1) return false
  if (!((typeof v === 'number' && Number.isFinite(v)))) return false
  return true
}

function t2(v: any): boolean {
  if (!(typeof v === 'string' || v === null)) return false
  return true
}

function t4(v: any): boolean {
  if (!(typeof v === 'string')) return false
  if (typeof v === 'string' && !P0.test(v)) return false
  return true
}

function t5(v: any): boolean {
  if (!(v === null)) return false
  return true
}

function t3(v: any): boolean {
  return t4(v) || t5(v)
}

function t7(v: any): boolean {
  if (v !== "text" && v !== "option" && v !== "page") return false
  if (!(typeof v === 'string')) return false
  return true
}

function t6(v: any): boolean {
  return t7(v) || t5(v)
}

function t10(v: any): boolean {
  if (!(typeof v === 'string')) return false
  return true
}

function t12(v: any): boolean {
  if (!(Number.isInteger(v))) return false
  if (typeof v === 'number' && v < 0) return false
  if (typeof v === 'number' && v > 9007199254740991) return false
  return true
}

function t11(v: any): boolean {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    let n = 0
    let x
    x = v["start"]
    if (x !== undefined) { if (!t12(x)) return false; n++ } else return false
    x = v["end"]
    if (x !== undefined) { if (!t12(x)) return false; n++ } else return false
    let keys = 0
    for (const _ in v) keys++
    if (keys !== n) return false
  }
  return true
}

function t9(v: any): boolean {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    let n = 0
    let x
    x = v["text"]
    if (x !== undefined) { if (!t10(x)) return false; n++ } else return false
    x = v["span"]
    if (x !== undefined) { if (!t11(x)) return false; n++ } else return false
    x = v["value"]
    if (x !== undefined) { if (!t4(x)) return false; n++ } else return false
    let keys = 0
    for (const _ in v) keys++
    if (keys !== n) return false
  }
  return true
}

function t8(v: any): boolean {
  return t9(v) || t5(v)
}

function t14(v: any): boolean {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    let n = 0
    let x
    x = v["text"]
    if (x !== undefined) { if (!t10(x)) return false; n++ } else return false
    x = v["span"]
    if (x !== undefined) { if (!t11(x)) return false; n++ } else return false
    let keys = 0
    for (const _ in v) keys++
    if (keys !== n) return false
  }
  return true
}

function t13(v: any): boolean {
  return t14(v) || t5(v)
}

function t15(v: any): boolean {
  if (!(Array.isArray(v))) return false
  if (Array.isArray(v)) for (let i = 0; i < v.length; i++) if (!t14(v[i])) return false
  return true
}

function t18(v: any): boolean {
  if (v !== "party" && v !== "state" && v !== "unknown") return false
  if (!(typeof v === 'string')) return false
  return true
}

function t19(v: any): boolean {
  if (!(typeof v === 'boolean')) return false
  return true
}

function t21(v: any): boolean {
  if (!(Number.isInteger(v))) return false
  if (typeof v === 'number' && v < -9007199254740991) return false
  if (typeof v === 'number' && v > 9007199254740991) return false
  return true
}

function t20(v: any): boolean {
  return t21(v) || t5(v)
}

function t23(v: any): boolean {
  if (!(typeof v === 'string')) return false
  if (typeof v === 'string' && !P1.test(v)) return false
  return true
}

function t22(v: any): boolean {
  return t23(v) || t5(v)
}

function t24(v: any): boolean {
  if (!(Array.isArray(v))) return false
  if (Array.isArray(v)) for (let i = 0; i < v.length; i++) if (!t10(v[i])) return false
  return true
}

function t25(v: any): boolean {
  return t11(v) || t5(v)
}

function t17(v: any): boolean {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    let n = 0
    let x
    x = v["id"]
    if (x !== undefined) { if (!t2(x)) return false; n++ } else return false
    x = v["number"]
    if (x !== undefined) { if (!t10(x)) return false; n++ } else return false
    x = v["type"]
    if (x !== undefined) { if (!t10(x)) return false; n++ } else return false
    x = v["kind"]
    if (x !== undefined) { if (!t2(x)) return false; n++ } else return false
    x = v["typeName"]
    if (x !== undefined) { if (!t2(x)) return false; n++ } else return false
    x = v["system"]
    if (x !== undefined) { if (!t18(x)) return false; n++ } else return false
    x = v["issuer"]
    if (x !== undefined) { if (!t2(x)) return false; n++ } else return false
    x = v["issuerInferred"]
    if (x !== undefined) { if (!t19(x)) return false; n++ } else return false
    x = v["year"]
    if (x !== undefined) { if (!t20(x)) return false; n++ } else return false
    x = v["term"]
    if (x !== undefined) { if (!t2(x)) return false; n++ } else return false
    x = v["date"]
    if (x !== undefined) { if (!t22(x)) return false; n++ } else return false
    x = v["body"]
    if (x !== undefined) { if (!t13(x)) return false; n++ } else return false
    x = v["subject"]
    if (x !== undefined) { if (!t13(x)) return false; n++ } else return false
    x = v["implements"]
    if (x !== undefined) { if (!t24(x)) return false; n++ } else return false
    x = v["key"]
    if (x !== undefined) { if (!t10(x)) return false; n++ } else return false
    x = v["text"]
    if (x !== undefined) { if (!t10(x)) return false; n++ } else return false
    x = v["span"]
    if (x !== undefined) { if (!t11(x)) return false; n++ } else return false
    x = v["rule"]
    if (x !== undefined) { if (!t10(x)) return false; n++ } else return false
    x = v["mentions"]
    if (x !== undefined) { if (!t15(x)) return false; n++ } else return false
    x = v["dateSpan"]
    if (x !== undefined) { if (!t25(x)) return false; n++ } else return false
    let keys = 0
    for (const _ in v) keys++
    if (keys !== n) return false
  }
  return true
}

function t16(v: any): boolean {
  if (!(Array.isArray(v))) return false
  if (Array.isArray(v)) for (let i = 0; i < v.length; i++) if (!t17(v[i])) return false
  return true
}

function t28(v: any): boolean {
  if (v !== "date" && v !== "month" && v !== "year" && v !== "quarter" && v !== "period" && v !== "term" && v !== "range") return false
  if (!(typeof v === 'string')) return false
  return true
}

function t30(v: any): boolean {
  if (v !== "morning" && v !== "noon" && v !== "afternoon" && v !== "evening" && v !== "night") return false
  if (!(typeof v === 'string')) return false
  return true
}

function t29(v: any): boolean {
  return t30(v) || t5(v)
}

function t32(v: any): boolean {
  if (!(typeof v === 'string')) return false
  if (typeof v === 'string' && !P2.test(v)) return false
  return true
}

function t31(v: any): boolean {
  return t32(v) || t5(v)
}

function t33(v: any): boolean {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    let n = 0
    let x
    x = v["year"]
    if (x !== undefined) { if (!t20(x)) return false; n++ } else return false
    x = v["month"]
    if (x !== undefined) { if (!t20(x)) return false; n++ } else return false
    x = v["day"]
    if (x !== undefined) { if (!t20(x)) return false; n++ } else return false
    let keys = 0
    for (const _ in v) keys++
    if (keys !== n) return false
  }
  return true
}

function t35(v: any): boolean {
  if (v !== "text" && v !== "published" && v !== "context") return false
  if (!(typeof v === 'string')) return false
  return true
}

function t34(v: any): boolean {
  return t35(v) || t5(v)
}

function t27(v: any): boolean {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    let n = 0
    let x
    x = v["kind"]
    if (x !== undefined) { if (!t28(x)) return false; n++ } else return false
    x = v["text"]
    if (x !== undefined) { if (!t10(x)) return false; n++ } else return false
    x = v["span"]
    if (x !== undefined) { if (!t11(x)) return false; n++ } else return false
    x = v["rule"]
    if (x !== undefined) { if (!t10(x)) return false; n++ } else return false
    x = v["value"]
    if (x !== undefined) { if (!t22(x)) return false; n++ } else return false
    x = v["start"]
    if (x !== undefined) { if (!t22(x)) return false; n++ } else return false
    x = v["end"]
    if (x !== undefined) { if (!t22(x)) return false; n++ } else return false
    x = v["partOfDay"]
    if (x !== undefined) { if (!t29(x)) return false; n++ } else return false
    x = v["time"]
    if (x !== undefined) { if (!t31(x)) return false; n++ } else return false
    x = v["parts"]
    if (x !== undefined) { if (!t33(x)) return false; n++ } else return false
    x = v["yearFrom"]
    if (x !== undefined) { if (!t34(x)) return false; n++ } else return false
    let keys = 0
    for (const _ in v) keys++
    if (keys !== n) return false
  }
  return true
}

function t26(v: any): boolean {
  if (!(Array.isArray(v))) return false
  if (Array.isArray(v)) for (let i = 0; i < v.length; i++) if (!t27(v[i])) return false
  return true
}

function t40(v: any): boolean {
  if (v !== "name" && v !== "given-name" && v !== "title") return false
  if (!(typeof v === 'string')) return false
  return true
}

function t39(v: any): boolean {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    let n = 0
    let x
    x = v["text"]
    if (x !== undefined) { if (!t10(x)) return false; n++ } else return false
    x = v["span"]
    if (x !== undefined) { if (!t11(x)) return false; n++ } else return false
    x = v["kind"]
    if (x !== undefined) { if (!t40(x)) return false; n++ } else return false
    let keys = 0
    for (const _ in v) keys++
    if (keys !== n) return false
  }
  return true
}

function t38(v: any): boolean {
  if (!(Array.isArray(v))) return false
  if (Array.isArray(v)) for (let i = 0; i < v.length; i++) if (!t39(v[i])) return false
  return true
}

function t42(v: any): boolean {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    let n = 0
    let x
    x = v["text"]
    if (x !== undefined) { if (!t10(x)) return false; n++ } else return false
    x = v["span"]
    if (x !== undefined) { if (!t11(x)) return false; n++ } else return false
    x = v["expanded"]
    if (x !== undefined) { if (!t10(x)) return false; n++ } else return false
    x = v["position"]
    if (x !== undefined) { if (!t2(x)) return false; n++ } else return false
    x = v["body"]
    if (x !== undefined) { if (!t2(x)) return false; n++ } else return false
    x = v["locality"]
    if (x !== undefined) { if (!t2(x)) return false; n++ } else return false
    let keys = 0
    for (const _ in v) keys++
    if (keys !== n) return false
  }
  return true
}

function t41(v: any): boolean {
  if (!(Array.isArray(v))) return false
  if (Array.isArray(v)) for (let i = 0; i < v.length; i++) if (!t42(v[i])) return false
  return true
}

function t44(v: any): boolean {
  if (v !== "chair" && v !== "speaker" && v !== "attendee") return false
  if (!(typeof v === 'string')) return false
  return true
}

function t43(v: any): boolean {
  if (!(Array.isArray(v))) return false
  if (Array.isArray(v)) for (let i = 0; i < v.length; i++) if (!t44(v[i])) return false
  return true
}

function t37(v: any): boolean {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    let n = 0
    let x
    x = v["name"]
    if (x !== undefined) { if (!t10(x)) return false; n++ } else return false
    x = v["text"]
    if (x !== undefined) { if (!t10(x)) return false; n++ } else return false
    x = v["span"]
    if (x !== undefined) { if (!t11(x)) return false; n++ } else return false
    x = v["rule"]
    if (x !== undefined) { if (!t10(x)) return false; n++ } else return false
    x = v["mentions"]
    if (x !== undefined) { if (!t38(x)) return false; n++ } else return false
    x = v["titles"]
    if (x !== undefined) { if (!t41(x)) return false; n++ } else return false
    x = v["roles"]
    if (x !== undefined) { if (!t43(x)) return false; n++ } else return false
    let keys = 0
    for (const _ in v) keys++
    if (keys !== n) return false
  }
  return true
}

function t36(v: any): boolean {
  if (!(Array.isArray(v))) return false
  if (Array.isArray(v)) for (let i = 0; i < v.length; i++) if (!t37(v[i])) return false
  return true
}

function t48(v: any): boolean {
  if (v !== "central" && v !== "province" && v !== "district" && v !== "commune" && v !== "bloc") return false
  if (!(typeof v === 'string')) return false
  return true
}

function t47(v: any): boolean {
  return t48(v) || t5(v)
}

function t46(v: any): boolean {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    let n = 0
    let x
    x = v["name"]
    if (x !== undefined) { if (!t10(x)) return false; n++ } else return false
    x = v["kind"]
    if (x !== undefined) { if (!t10(x)) return false; n++ } else return false
    x = v["level"]
    if (x !== undefined) { if (!t47(x)) return false; n++ } else return false
    x = v["locality"]
    if (x !== undefined) { if (!t2(x)) return false; n++ } else return false
    x = v["localityInferred"]
    if (x !== undefined) { if (!t19(x)) return false; n++ } else return false
    x = v["text"]
    if (x !== undefined) { if (!t10(x)) return false; n++ } else return false
    x = v["span"]
    if (x !== undefined) { if (!t11(x)) return false; n++ } else return false
    x = v["rule"]
    if (x !== undefined) { if (!t10(x)) return false; n++ } else return false
    x = v["mentions"]
    if (x !== undefined) { if (!t15(x)) return false; n++ } else return false
    let keys = 0
    for (const _ in v) keys++
    if (keys !== n) return false
  }
  return true
}

function t45(v: any): boolean {
  if (!(Array.isArray(v))) return false
  if (Array.isArray(v)) for (let i = 0; i < v.length; i++) if (!t46(v[i])) return false
  return true
}

function t52(v: any): boolean {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    let n = 0
    let x
    x = v["text"]
    if (x !== undefined) { if (!t10(x)) return false; n++ } else return false
    x = v["span"]
    if (x !== undefined) { if (!t11(x)) return false; n++ } else return false
    x = v["start"]
    if (x !== undefined) { if (!t22(x)) return false; n++ } else return false
    x = v["end"]
    if (x !== undefined) { if (!t22(x)) return false; n++ } else return false
    let keys = 0
    for (const _ in v) keys++
    if (keys !== n) return false
  }
  return true
}

function t51(v: any): boolean {
  return t52(v) || t5(v)
}

function t50(v: any): boolean {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    let n = 0
    let x
    x = v["kind"]
    if (x !== undefined) { if (!t10(x)) return false; n++ } else return false
    x = v["kindText"]
    if (x !== undefined) { if (!t10(x)) return false; n++ } else return false
    x = v["ordinal"]
    if (x !== undefined) { if (!t20(x)) return false; n++ } else return false
    x = v["date"]
    if (x !== undefined) { if (!t22(x)) return false; n++ } else return false
    x = v["partOfDay"]
    if (x !== undefined) { if (!t29(x)) return false; n++ } else return false
    x = v["dateText"]
    if (x !== undefined) { if (!t13(x)) return false; n++ } else return false
    x = v["organiser"]
    if (x !== undefined) { if (!t13(x)) return false; n++ } else return false
    x = v["host"]
    if (x !== undefined) { if (!t13(x)) return false; n++ } else return false
    x = v["chairs"]
    if (x !== undefined) { if (!t24(x)) return false; n++ } else return false
    x = v["attendees"]
    if (x !== undefined) { if (!t24(x)) return false; n++ } else return false
    x = v["periodReviewed"]
    if (x !== undefined) { if (!t51(x)) return false; n++ } else return false
    x = v["periodPlanned"]
    if (x !== undefined) { if (!t51(x)) return false; n++ } else return false
    x = v["purpose"]
    if (x !== undefined) { if (!t13(x)) return false; n++ } else return false
    x = v["text"]
    if (x !== undefined) { if (!t10(x)) return false; n++ } else return false
    x = v["span"]
    if (x !== undefined) { if (!t11(x)) return false; n++ } else return false
    x = v["rule"]
    if (x !== undefined) { if (!t10(x)) return false; n++ } else return false
    x = v["mentions"]
    if (x !== undefined) { if (!t15(x)) return false; n++ } else return false
    let keys = 0
    for (const _ in v) keys++
    if (keys !== n) return false
  }
  return true
}

function t49(v: any): boolean {
  if (!(Array.isArray(v))) return false
  if (Array.isArray(v)) for (let i = 0; i < v.length; i++) if (!t50(v[i])) return false
  return true
}

function t54(v: any): boolean {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    let n = 0
    let x
    x = v["name"]
    if (x !== undefined) { if (!t10(x)) return false; n++ } else return false
    x = v["province2025"]
    if (x !== undefined) { if (!t2(x)) return false; n++ } else return false
    x = v["mentions"]
    if (x !== undefined) { if (!t21(x)) return false; n++ } else return false
    let keys = 0
    for (const _ in v) keys++
    if (keys !== n) return false
  }
  return true
}

function t53(v: any): boolean {
  return t54(v) || t5(v)
}

function t57(v: any): boolean {
  if (!((typeof v === 'number' && Number.isFinite(v)))) return false
  return true
}

function t59(v: any): boolean {
  if (v !== "over" && v !== "more_than" && v !== "almost" && v !== "nearly" && v !== "about" && v !== "up_to" && v !== "reached" && v !== "at_least" && v !== "under") return false
  if (!(typeof v === 'string')) return false
  return true
}

function t58(v: any): boolean {
  return t59(v) || t5(v)
}

function t60(v: any): boolean {
  if (!((typeof v === 'number' && Number.isFinite(v)) || v === null)) return false
  return true
}

function t62(v: any): boolean {
  if (v !== "increase" && v !== "decrease") return false
  if (!(typeof v === 'string')) return false
  return true
}

function t61(v: any): boolean {
  return t62(v) || t5(v)
}

function t64(v: any): boolean {
  if (v !== "per-year" && v !== "per-month") return false
  if (!(typeof v === 'string')) return false
  return true
}

function t63(v: any): boolean {
  return t64(v) || t5(v)
}

function t66(v: any): boolean {
  if (v !== "target" && v !== "share") return false
  if (!(typeof v === 'string')) return false
  return true
}

function t65(v: any): boolean {
  return t66(v) || t5(v)
}

function t56(v: any): boolean {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    let n = 0
    let x
    x = v["value"]
    if (x !== undefined) { if (!t57(x)) return false; n++ } else return false
    x = v["subject"]
    if (x !== undefined) { if (!t10(x)) return false; n++ } else return false
    x = v["subjectText"]
    if (x !== undefined) { if (!t10(x)) return false; n++ } else return false
    x = v["category"]
    if (x !== undefined) { if (!t2(x)) return false; n++ } else return false
    x = v["percent"]
    if (x !== undefined) { if (!t19(x)) return false; n++ } else return false
    x = v["qualifier"]
    if (x !== undefined) { if (!t58(x)) return false; n++ } else return false
    x = v["upTo"]
    if (x !== undefined) { if (!t60(x)) return false; n++ } else return false
    x = v["change"]
    if (x !== undefined) { if (!t61(x)) return false; n++ } else return false
    x = v["comparedTo"]
    if (x !== undefined) { if (!t2(x)) return false; n++ } else return false
    x = v["rate"]
    if (x !== undefined) { if (!t63(x)) return false; n++ } else return false
    x = v["total"]
    if (x !== undefined) { if (!t19(x)) return false; n++ } else return false
    x = v["partOf"]
    if (x !== undefined) { if (!t20(x)) return false; n++ } else return false
    x = v["relation"]
    if (x !== undefined) { if (!t65(x)) return false; n++ } else return false
    x = v["of"]
    if (x !== undefined) { if (!t20(x)) return false; n++ } else return false
    x = v["period"]
    if (x !== undefined) { if (!t51(x)) return false; n++ } else return false
    x = v["scope"]
    if (x !== undefined) { if (!t13(x)) return false; n++ } else return false
    x = v["body"]
    if (x !== undefined) { if (!t13(x)) return false; n++ } else return false
    x = v["text"]
    if (x !== undefined) { if (!t10(x)) return false; n++ } else return false
    x = v["span"]
    if (x !== undefined) { if (!t11(x)) return false; n++ } else return false
    x = v["rule"]
    if (x !== undefined) { if (!t10(x)) return false; n++ } else return false
    x = v["valueSpan"]
    if (x !== undefined) { if (!t11(x)) return false; n++ } else return false
    x = v["subjectSpan"]
    if (x !== undefined) { if (!t11(x)) return false; n++ } else return false
    let keys = 0
    for (const _ in v) keys++
    if (keys !== n) return false
  }
  return true
}

function t55(v: any): boolean {
  if (!(Array.isArray(v))) return false
  if (Array.isArray(v)) for (let i = 0; i < v.length; i++) if (!t56(v[i])) return false
  return true
}

function t68(v: any): boolean {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    let n = 0
    let x
    x = v["value"]
    if (x !== undefined) { if (!t57(x)) return false; n++ } else return false
    x = v["unit"]
    if (x !== undefined) { if (!t10(x)) return false; n++ } else return false
    x = v["qualifier"]
    if (x !== undefined) { if (!t58(x)) return false; n++ } else return false
    x = v["text"]
    if (x !== undefined) { if (!t10(x)) return false; n++ } else return false
    x = v["span"]
    if (x !== undefined) { if (!t11(x)) return false; n++ } else return false
    x = v["rule"]
    if (x !== undefined) { if (!t10(x)) return false; n++ } else return false
    let keys = 0
    for (const _ in v) keys++
    if (keys !== n) return false
  }
  return true
}

function t67(v: any): boolean {
  if (!(Array.isArray(v))) return false
  if (Array.isArray(v)) for (let i = 0; i < v.length; i++) if (!t68(v[i])) return false
  return true
}

function t69(v: any): boolean {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    let n = 0
    let x
    x = v["inputLength"]
    if (x !== undefined) { if (!t21(x)) return false; n++ } else return false
    x = v["textLength"]
    if (x !== undefined) { if (!t21(x)) return false; n++ } else return false
    x = v["paragraphs"]
    if (x !== undefined) { if (!t21(x)) return false; n++ } else return false
    x = v["sentences"]
    if (x !== undefined) { if (!t21(x)) return false; n++ } else return false
    x = v["duplicateParagraphs"]
    if (x !== undefined) { if (!t21(x)) return false; n++ } else return false
    x = v["html"]
    if (x !== undefined) { if (!t19(x)) return false; n++ } else return false
    let keys = 0
    for (const _ in v) keys++
    if (keys !== n) return false
  }
  return true
}

function t72(v: any): boolean {
  if (v !== "input_empty" && v !== "input_binary" && v !== "input_truncated" && v !== "input_encoding" && v !== "not_vietnamese" && v !== "invalid_input" && v !== "invalid_published" && v !== "invalid_option" && v !== "internal_error") return false
  if (!(typeof v === 'string')) return false
  return true
}

function t73(v: any): boolean {
  if (v !== "info" && v !== "warning" && v !== "error") return false
  if (!(typeof v === 'string')) return false
  return true
}

function t71(v: any): boolean {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    let n = 0
    let x
    x = v["code"]
    if (x !== undefined) { if (!t72(x)) return false; n++ } else return false
    x = v["severity"]
    if (x !== undefined) { if (!t73(x)) return false; n++ } else return false
    x = v["message"]
    if (x !== undefined) { if (!t10(x)) return false; n++ } else return false
    x = v["span"]
    if (x !== undefined) { if (!t11(x)) return false; n++ }
    let keys = 0
    for (const _ in v) keys++
    if (keys !== n) return false
  }
  return true
}

function t70(v: any): boolean {
  if (!(Array.isArray(v))) return false
  if (Array.isArray(v)) for (let i = 0; i < v.length; i++) if (!t71(v[i])) return false
  return true
}

function t76(v: any): boolean {
  if (!(Array.isArray(v))) return false
  if (Array.isArray(v)) for (let i = 0; i < v.length; i++) if (!t11(v[i])) return false
  return true
}

function t75(v: any): boolean {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    let n = 0
    let x
    x = v["siteName"]
    if (x !== undefined) { if (!t2(x)) return false; n++ } else return false
    x = v["author"]
    if (x !== undefined) { if (!t2(x)) return false; n++ } else return false
    x = v["published"]
    if (x !== undefined) { if (!t2(x)) return false; n++ } else return false
    x = v["contentRanges"]
    if (x !== undefined) { if (!t76(x)) return false; n++ } else return false
    let keys = 0
    for (const _ in v) keys++
    if (keys !== n) return false
  }
  return true
}

function t74(v: any): boolean {
  return t75(v) || t5(v)
}

function t0(v: any): boolean {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    let n = 0
    let x
    x = v["schemaVersion"]
    if (x !== undefined) { if (!t1(x)) return false; n++ } else return false
    x = v["id"]
    if (x !== undefined) { if (!t2(x)) return false; n++ } else return false
    x = v["source"]
    if (x !== undefined) { if (!t2(x)) return false; n++ } else return false
    x = v["published"]
    if (x !== undefined) { if (!t3(x)) return false; n++ } else return false
    x = v["publishedFrom"]
    if (x !== undefined) { if (!t6(x)) return false; n++ } else return false
    x = v["publication"]
    if (x !== undefined) { if (!t8(x)) return false; n++ } else return false
    x = v["title"]
    if (x !== undefined) { if (!t13(x)) return false; n++ } else return false
    x = v["byline"]
    if (x !== undefined) { if (!t13(x)) return false; n++ } else return false
    x = v["photoCredits"]
    if (x !== undefined) { if (!t15(x)) return false; n++ } else return false
    x = v["captions"]
    if (x !== undefined) { if (!t15(x)) return false; n++ } else return false
    x = v["documents"]
    if (x !== undefined) { if (!t16(x)) return false; n++ } else return false
    x = v["dates"]
    if (x !== undefined) { if (!t26(x)) return false; n++ } else return false
    x = v["people"]
    if (x !== undefined) { if (!t36(x)) return false; n++ } else return false
    x = v["bodies"]
    if (x !== undefined) { if (!t45(x)) return false; n++ } else return false
    x = v["meetings"]
    if (x !== undefined) { if (!t49(x)) return false; n++ } else return false
    x = v["province"]
    if (x !== undefined) { if (!t53(x)) return false; n++ } else return false
    x = v["counts"]
    if (x !== undefined) { if (!t55(x)) return false; n++ } else return false
    x = v["amounts"]
    if (x !== undefined) { if (!t67(x)) return false; n++ } else return false
    x = v["stats"]
    if (x !== undefined) { if (!t69(x)) return false; n++ } else return false
    x = v["issues"]
    if (x !== undefined) { if (!t70(x)) return false; n++ } else return false
    x = v["page"]
    if (x !== undefined) { if (!t74(x)) return false; n++ } else return false
    let keys = 0
    for (const _ in v) keys++
    if (keys !== n) return false
  }
  return true
}

/** True when `value` is a valid article record (false may be a key set to undefined: checkRecord then asks the schema). */

export const isValidRecord: (value: unknown) => boolean = t0
