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
