package extract

// scratch is a value a pass reuses from call to call instead of allocating
// one a call (its matchers take it by pointer, which would make each call's
// escape to the heap): take hands out the kept value unless a call that
// holds it is still running, in which case a new one; give returns it.
type scratch[T any] struct {
	room T
	busy bool
}

// take returns the kept value, or a new one while the kept one is in use.
// The kept value holds what the call before left in it.
func (s *scratch[T]) take() *T {
	if s.busy {
		return new(T)
	}
	s.busy = true
	return &s.room
}

// give ends the use of p, a value of take.
func (s *scratch[T]) give(p *T) {
	if p == &s.room {
		s.busy = false
	}
}

// boolMemo keeps a yes-or-no answer per index (a token, a paragraph) for
// one analysis, so that a pure read asked again and again is read once.
// nil until first asked; an entry is 0 until its answer is known.
type boolMemo []uint8

// lookup returns the answer kept at i and whether there is one, making
// room for n indexes on first use.
func (m *boolMemo) lookup(i, n int) (is, known bool) {
	if *m == nil {
		*m = make(boolMemo, n)
	}
	v := (*m)[i]
	return v == 2, v != 0
}

// keep records is as the answer at i and returns it.
func (m boolMemo) keep(i int, is bool) bool {
	m[i] = 1
	if is {
		m[i] = 2
	}
	return is
}
