package extract

import "hash/maphash"

// wordTable is a read-only set of words, each with a byte that is not 0,
// for the largest gazetteer (given names, some 7,000): an open-addressed
// table of indexes into a slice of the words, under half the memory of a
// map of them and made at its final size, which at start-up (every page
// touched is a fault) costs less than the map's growing tables.
type wordTable struct {
	words []string
	vals  []byte
	slots []int32 // 1 + an index into words; 0 for an empty slot
	seed  maphash.Seed
}

// newWordTable returns a table with room for about n words.
func newWordTable(n int) *wordTable {
	t := &wordTable{seed: maphash.MakeSeed()}
	t.words = make([]string, 0, n)
	t.vals = make([]byte, 0, n)
	t.slots = make([]int32, slotsFor(n))
	return t
}

// slotsFor is the number of slots for n words: a power of two, at least
// twice n, so that most look-ups probe one or two slots.
func slotsFor(n int) int {
	s := 16
	for s < 2*n {
		s *= 2
	}
	return s
}

// slot returns the slot of w: the one that holds it, or the empty one
// where it would go.
func (t *wordTable) slot(w string) int {
	mask := uint64(len(t.slots) - 1)
	for i := maphash.String(t.seed, w) & mask; ; i = (i + 1) & mask {
		if k := t.slots[i]; k == 0 || t.words[k-1] == w {
			return int(i)
		}
	}
}

// get returns the byte of w, or 0 for a word not in the table.
func (t *wordTable) get(w string) byte {
	if k := t.slots[t.slot(w)]; k != 0 {
		return t.vals[k-1]
	}
	return 0
}

// insert adds w, with the byte v, at its empty slot i.
func (t *wordTable) insert(i int, w string, v byte) {
	t.words = append(t.words, w)
	t.vals = append(t.vals, v)
	t.slots[i] = int32(len(t.words))
	if 2*len(t.words) > len(t.slots) {
		t.rehash()
	}
}

// merge gives w the byte v (not 0), adding w if it is new; a word that
// has another byte already gets clash.
func (t *wordTable) merge(w string, v, clash byte) {
	i := t.slot(w)
	if k := t.slots[i]; k != 0 {
		if t.vals[k-1] != v {
			t.vals[k-1] = clash
		}
		return
	}
	t.insert(i, w, v)
}

// rehash doubles the slots of a table fuller than planned.
func (t *wordTable) rehash() {
	t.slots = make([]int32, 2*len(t.slots))
	for k, w := range t.words {
		t.slots[t.slot(w)] = int32(k + 1)
	}
}

// headTable maps the first words of a phraseTrie's phrases to their nodes:
// an open-addressed table like wordTable's, but keyed by the words'
// shapeBit, which tokens carry already, so that a look-up from a token
// hashes nothing (a map look-up hashes the word each time, and the
// gazetteers' tries are asked tens of thousands of times a run).
type headTable struct {
	words []string
	nodes []int32
	slots []int32 // 1 + an index into words; 0 for an empty slot
}

// reserve makes room for about n words.
func (h *headTable) reserve(n int) {
	h.words = make([]string, 0, n)
	h.nodes = make([]int32, 0, n)
	h.slots = make([]int32, slotsFor(n))
}

// slot returns the slot of w, whose shapeBit is b: the one that holds it,
// or the empty one where it would go. The table has slots.
func (h *headTable) slot(w string, b uint16) int {
	mask := len(h.slots) - 1
	for i := int(b) & mask; ; i = (i + 1) & mask {
		if k := h.slots[i]; k == 0 || h.words[k-1] == w {
			return i
		}
	}
}

// get returns the node of w, whose shapeBit is b, or 0. It is kept out
// of line so that its callers (phraseTrie.child, startsLower) stay small
// enough to be inlined in the loops that call them for most tokens.
//
//go:noinline
func (h *headTable) get(w string, b uint16) int32 {
	if len(h.slots) == 0 {
		return 0
	}
	if k := h.slots[h.slot(w, b)]; k != 0 {
		return h.nodes[k-1]
	}
	return 0
}

// put adds w, whose shapeBit is b and which the table does not hold yet,
// with its node.
func (h *headTable) put(w string, b uint16, node int32) {
	if 2*(len(h.words)+1) > len(h.slots) {
		h.slots = make([]int32, slotsFor(2*len(h.words)+2))
		for k, x := range h.words {
			h.slots[h.slot(x, shapeBit(x))] = int32(k + 1)
		}
	}
	h.words = append(h.words, w)
	h.nodes = append(h.nodes, node)
	h.slots[h.slot(w, b)] = int32(len(h.words))
}
