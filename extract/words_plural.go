package extract

// hasWithS reports whether w+"s" is one of the set's words, without
// joining the two: innerModAt asks it of six verb lists for each word it
// reads ("states field", as "fields"), where each join was a new string.
func (s *wordSet) hasWithS(w string) bool {
	if w == "" {
		return s.has("s")
	}
	t := s.get()
	n := len(w) + 1
	for i := shapeBitWithS(w) & t.mask; ; i = (i + 1) & t.mask {
		k := t.slots[i]
		if k == 0 {
			return false
		}
		if x := t.list[k-1]; len(x) == n && x[n-1] == 's' && x[:n-1] == w {
			return true
		}
	}
}

// shapeBitWithS is shapeBit(w + "s") for a w not "", worked out from w.
func shapeBitWithS(w string) uint16 {
	n := len(w) + 1
	mid := byte('s') // the middle byte of w+"s" is its last when w is one byte
	if n/2 < len(w) {
		mid = w[n/2]
	}
	h := uint32(w[0]) | uint32(mid)<<8 | uint32('s')<<16 | uint32(min(n, 255))<<24
	return uint16((h * 0x9e3779b1) >> 16)
}
