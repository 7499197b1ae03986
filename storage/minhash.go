package storage

import (
	"encoding/binary"
	"errors"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Near-duplicate articles are found by MinHash over word 5-grams of the
// body, with locality-sensitive hashing: the signature is cut into bands,
// and two articles that agree on a whole band are compared.
const (
	storyShingle = 5  // words per shingle
	storyHashes  = 60 // signature length
	storyRows    = 3  // hashes per band: 20 bands
	// minStoryShingles: a text shorter than this (a feed's one-line
	// summary) is a story of its own; a handful of shingles says nothing.
	minStoryShingles = 12
	// storyJaccard and storyContained decide that two articles are one
	// story: this share of shingles in common, or the shorter this much
	// inside the longer (wire copy with its ending trimmed).
	storyJaccard   = 0.5
	storyContained = 0.8
)

// signature is the MinHash of a body and the number of its distinct shingles.
type signature struct {
	mins     [storyHashes]uint32
	shingles int
}

// shingler computes story signatures in buffers it keeps from one body
// to the next, so that a goroutine that signs many bodies (prepareAll's)
// allocates them once rather than for every body. Its zero value is ready;
// it belongs to one goroutine.
type shingler struct {
	buf           []byte  // the words of a body, joined by spaces
	starts, ends  []int32 // where each word starts and ends in buf
	hashes, table []uint64
}

// signature computes the signature of an article body by one
// permutation hashing: each shingle's hash falls in one of storyHashes
// bins, and each bin keeps its smallest; an empty bin (a short text)
// borrows from the next full one, shifted, so that two texts still agree
// on it only where they agree on that one. One hash per shingle instead of
// one per shingle and bin.
func (sh *shingler) signature(body string) signature {
	return sh.signatureOf(sh.shingleHashes(body))
}

// signatureOf is the signature of a body's shingle hashes, repeats and
// all.
func (sh *shingler) signatureOf(hs []uint64) signature {
	var s signature
	var full [storyHashes]bool
	// a repeat changes no bin's minimum
	for _, h := range hs {
		bin, v := h%storyHashes, uint32(h>>32)
		if !full[bin] || v < s.mins[bin] {
			s.mins[bin], full[bin] = v, true
		}
	}
	s.shingles = sh.distinct(hs)
	if s.shingles == 0 {
		return s
	}
	for i := range s.mins {
		if full[i] {
			continue
		}
		for d := 1; d < storyHashes; d++ {
			if j := (i + d) % storyHashes; full[j] {
				s.mins[i] = s.mins[j] + uint32(d)*0x9e3779b9
				break
			}
		}
	}
	return s
}

// distinct counts the different values of hs, mixed hashes, in a table
// of open addressing twice their number at least: a few instructions a
// hash where sorting them to count took dozens. Its table is kept in sh.
func (sh *shingler) distinct(hs []uint64) int {
	if len(hs) < 2 {
		return len(hs)
	}
	size := 1
	for size < 2*len(hs) {
		size <<= 1
	}
	if cap(sh.table) < size {
		sh.table = make([]uint64, size)
	}
	table := sh.table[:size] // 0 is an empty slot; the hash 0 is counted apart
	clear(table)
	mask := uint64(size - 1)
	n, zero := 0, false
	for _, h := range hs {
		if h == 0 {
			zero = true
			continue
		}
		// the hashes are mixed already: their low bits are as good as any
		for i := h & mask; ; i = (i + 1) & mask {
			if table[i] == h {
				break
			}
			if table[i] == 0 {
				table[i] = h
				n++
				break
			}
		}
	}
	if zero {
		n++
	}
	return n
}

// asciiWord: the eight bytes of w are ASCII, read as one word.
func asciiWord(w string) bool {
	_ = w[7]
	x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
		uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
	return x&0x8080808080808080 == 0
}

// shingleHashes are the mixed hashes of every run of storyShingle words
// of quoteWords(body), repeats and all, worked out from the words' bytes
// in one buffer rather than from a string for each word.
func (sh *shingler) shingleHashes(body string) []uint64 {
	if strings.IndexByte(body, '[') >= 0 {
		// an editor's insertion: as quoteWords reads it
		words := quoteWords(body)
		out := make([]uint64, 0, max(len(words)-storyShingle+1, 0))
		for i := 0; i+storyShingle <= len(words); i++ {
			out = append(out, mix64(uint64(hashWords("", words[i:i+storyShingle]))))
		}
		return out
	}
	if needsNFD(body) {
		body = norm.NFD.String(body)
	}
	sh.buf, sh.starts, sh.ends = joinedWords(body, sh.buf[:0], sh.starts[:0], sh.ends[:0])
	sh.hashes = hashShingles(sh.hashes[:0], sh.buf, sh.starts, sh.ends)
	return sh.hashes
}

// needsNFD reports whether s is not in NFD. ASCII is, and an ASCII byte
// starts a segment of its own that decomposition never reaches across (a
// starter, and NFD composes nothing), so only the runs of other bytes are
// looked at, rather than the whole text through the normaliser's tables.
func needsNFD(s string) bool {
	for i := 0; i < len(s); {
		// eight bytes at a time while they are ASCII
		for i+8 <= len(s) && asciiWord(s[i:i+8]) {
			i += 8
		}
		if i == len(s) {
			break
		}
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		j := i + 1
		for j < len(s) && s[j] >= utf8.RuneSelf {
			j++
		}
		if !norm.NFD.IsNormalString(s[i:j]) {
			return true
		}
		i = j
	}
	return false
}

// joinedWords are the words of parseForm, for a text without brackets,
// read rune by rune in place: their bytes appended to buf, one space
// between two, and where each starts and ends in buf appended to starts
// and ends (all three given empty, to be reused).
func joinedWords(body string, buf []byte, starts, ends []int32) ([]byte, []int32, []int32) {
	buf = slices.Grow(buf, len(body))
	starts = slices.Grow(starts, len(body)/4)
	ends = slices.Grow(ends, len(body)/4)
	inWord := false
	endWord := func() {
		if inWord {
			inWord = false
			ends = append(ends, int32(len(buf)))
		}
	}
	prev := rune(-1)
	for i := 0; i < len(body); {
		if c := body[i]; c < utf8.RuneSelf {
			// ASCII, read as the switch below reads it, without decoding
			if wordByte[c] != 0 {
				if !inWord {
					if len(ends) > 0 {
						buf = append(buf, ' ')
					}
					starts = append(starts, int32(len(buf)))
					inWord = true
				}
				// the run of letters and digits at once, lowered as it is
				// copied
				j := i
				for ; j < len(body); j++ {
					l := wordByte[body[j]]
					if l == 0 {
						break
					}
					buf = append(buf, l)
				}
				prev, i = rune(body[j-1]), j
				continue
			}
			switch {
			case c == '\'' || c == '`':
			case (c == ',' || c == '.') && inWord && unicode.IsDigit(prev) && i+1 < len(body) && digitAt(body[i+1:]):
			default:
				endWord()
			}
			prev, i = rune(c), i+1
			continue
		}
		r, size := utf8.DecodeRuneInString(body[i:])
		next := i + size
		switch {
		case r == '…':
			endWord()
		case r >= 0x300 && unicode.Is(unicode.Mn, r):
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if !inWord {
				if len(ends) > 0 {
					buf = append(buf, ' ')
				}
				starts = append(starts, int32(len(buf)))
				inWord = true
			}
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
		case isApostrophe(r):
		case (r == ',' || r == '.') && inWord && unicode.IsDigit(prev) && next < len(body) && digitAt(body[next:]):
		default:
			endWord()
		}
		prev, i = r, next
	}
	endWord()
	return buf, starts, ends
}

// wordByte is, for each byte, its lower case when an ASCII letter, itself
// when an ASCII digit, 0 otherwise.
var wordByte = func() (t [256]byte) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = byte(c), byte(c)
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = byte(c)
	}
	return t
}()

// hashShingles are the mixed FNV-1a hashes of every run of storyShingle
// words of joinedWords, the words joined by spaces as hashWords joins
// them: the run's bytes lie together in buf. They are appended to out,
// given empty to be reused.
func hashShingles(out []uint64, buf []byte, starts, ends []int32) []uint64 {
	n := len(ends) - storyShingle + 1
	if n <= 0 {
		return out
	}
	out = slices.Grow(out, n)[:n]
	for i := range out {
		h := uint64(fnvOffset)
		b := buf[starts[i]:ends[i+storyShingle-1]]
		// eight bytes a turn, then the rest: the same hash, an eighth of
		// the loop's tests
		for ; len(b) >= 8; b = b[8:] {
			w := (*[8]byte)(b)
			h = (h ^ uint64(w[0])) * fnvPrime
			h = (h ^ uint64(w[1])) * fnvPrime
			h = (h ^ uint64(w[2])) * fnvPrime
			h = (h ^ uint64(w[3])) * fnvPrime
			h = (h ^ uint64(w[4])) * fnvPrime
			h = (h ^ uint64(w[5])) * fnvPrime
			h = (h ^ uint64(w[6])) * fnvPrime
			h = (h ^ uint64(w[7])) * fnvPrime
		}
		for _, c := range b {
			h = (h ^ uint64(c)) * fnvPrime
		}
		out[i] = mix64(h)
	}
	return out
}

// mix64 is the finaliser of SplitMix64, a good 64-bit mixer.
func mix64(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// bandKeys are the keys under which an article's signature is stored: one
// per band, so that two signatures agreeing on a band meet.
func (s signature) bandKeys() []int64 {
	keys := make([]int64, 0, storyHashes/storyRows)
	var buf [4*storyRows + 1]byte
	for b := 0; b < storyHashes/storyRows; b++ {
		buf[0] = byte(b)
		for r := range storyRows {
			binary.LittleEndian.PutUint32(buf[1+4*r:], s.mins[b*storyRows+r])
		}
		keys = append(keys, int64(fnv64a(buf[:])))
	}
	return keys
}

// fnvOffset and fnvPrime are hash/fnv's 64-bit FNV-1a constants, for the
// hashes computed in place.
const fnvOffset, fnvPrime = 14695981039346656037, 1099511628211

// fnv64a is hash/fnv's New64a sum of b, without a hash.Hash64 to allocate.
func fnv64a(b []byte) uint64 {
	h := uint64(fnvOffset)
	for _, c := range b {
		h = (h ^ uint64(c)) * fnvPrime
	}
	return h
}

// jaccard estimates the share of shingles two bodies have in common.
func (s signature) jaccard(o signature) float64 {
	same := 0
	for i := range s.mins {
		if s.mins[i] == o.mins[i] {
			same++
		}
	}
	return float64(same) / storyHashes
}

// sameStory decides whether two bodies are copies of one story: most of
// their shingles shared, or the shorter almost wholly inside the longer.
func (s signature) sameStory(o signature) bool {
	if s.shingles < minStoryShingles || o.shingles < minStoryShingles {
		return false
	}
	j := s.jaccard(o)
	if j >= storyJaccard {
		return true
	}
	// |A∩B| = J(|A|+|B|)/(1+J)
	common := j * float64(s.shingles+o.shingles) / (1 + j)
	return common >= storyContained*float64(min(s.shingles, o.shingles))
}

func (s signature) marshal() []byte {
	b := make([]byte, 4*storyHashes)
	for i, v := range s.mins {
		binary.LittleEndian.PutUint32(b[4*i:], v)
	}
	return b
}

func unmarshalSignature(b []byte, shingles int) (signature, error) {
	var s signature
	if len(b) != 4*storyHashes {
		return s, errors.New("story signature of the wrong length")
	}
	for i := range s.mins {
		s.mins[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	s.shingles = shingles
	return s, nil
}

// digitAt: s starts with a digit.
func digitAt(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsDigit(r)
}
