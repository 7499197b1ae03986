package storage

// heldBack holds values by key, in the order the keys first came, for a
// batch to write together at its end (or sooner, when something reads
// them): counts of outlets, clusters, stories and aliases.
type heldBack[K comparable, V any] struct {
	n     map[K]V
	order []K
}

func newHeldBack[K comparable, V any]() *heldBack[K, V] {
	return &heldBack[K, V]{n: map[K]V{}}
}

// add sets the value of k to f of the value held (the zero value the
// first time).
func (h *heldBack[K, V]) add(k K, f func(V) V) {
	v, ok := h.n[k]
	if !ok {
		h.order = append(h.order, k)
	}
	h.n[k] = f(v)
}

// take returns what is held, in order, and empties h; nothing when h is
// nil (no batch).
func (h *heldBack[K, V]) take() ([]K, map[K]V) {
	if h == nil || len(h.order) == 0 {
		return nil, nil
	}
	order, n := h.order, h.n
	h.order, h.n = nil, map[K]V{}
	return order, n
}

// plusOne counts one more.
func plusOne(n int) int { return n + 1 }
