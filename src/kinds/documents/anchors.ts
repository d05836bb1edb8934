/**
 * The anchors of the two document grammars, found in one scan.
 *
 * {@link CODED_DOCUMENT} starts from {@link CODE_TURN} (a code's separator after its number) and
 * {@link BARE_DOCUMENT} from {@link BARE_NUMBER} (a number's first digit after a type word); scanned
 * for on their own, each is a whole-text scan, and the one led by a digit is slow in V8 (its skip-ahead
 * reads a unit's low 7 bits, and `ư` shares a digit's). {@link DOCUMENT_ANCHOR}, the union of the two,
 * is scanned for once: a match led by `-` or `/` can only be a code turn, one led by a digit only a bare
 * number, so each list holds exactly the positions the anchor's own scan finds
 * (tests/documents-speed2.test.ts).
 */
import { anchorPositions } from '../../engine/scan.ts'
import { DOCUMENT_ANCHOR } from './grammar.ts'

const HYPHEN = 0x2d
const SLASH = 0x2f

/** Where {@link CODE_TURN} and {@link BARE_NUMBER} match in `text`, each ascending (every match position, as `anchorPositions` finds them). */
export function documentAnchors(text: string): { codeTurns: number[]; bareNumbers: number[] } {
  const codeTurns: number[] = []
  const bareNumbers: number[] = []
  for (const p of anchorPositions(DOCUMENT_ANCHOR.get().regex, text)) {
    const c = text.charCodeAt(p)
    if (c === HYPHEN || c === SLASH) codeTurns.push(p)
    else bareNumbers.push(p)
  }
  return { codeTurns, bareNumbers }
}
