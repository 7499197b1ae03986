package storage

import (
	"encoding/binary"
	"errors"
	"hash/fnv"
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

// storySignature computes the signature of an article body by one
// permutation hashing: each shingle's hash falls in one of storyHashes
// bins, and each bin keeps its smallest; an empty bin (a short text)
// borrows from the next full one, shifted, so that two texts still agree
// on it only where they agree on that one. One hash per shingle instead of
// one per shingle and bin.
func storySignature(body string) signature {
	words := quoteWords(body)
	var s signature
	var full [storyHashes]bool
	seen := make(map[uint64]bool, len(words))
	for i := 0; i+storyShingle <= len(words); i++ {
		h := mix64(uint64(hashWords("", words[i:i+storyShingle])))
		if seen[h] {
			continue
		}
		seen[h] = true
		bin, v := h%storyHashes, uint32(h>>32)
		if !full[bin] || v < s.mins[bin] {
			s.mins[bin], full[bin] = v, true
		}
	}
	s.shingles = len(seen)
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
		h := fnv.New64a()
		h.Write(buf[:])
		keys = append(keys, int64(h.Sum64()))
	}
	return keys
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
