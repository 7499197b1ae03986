package extract

import (
	"fmt"
	"sort"
	"testing"
)

// shapeTally counts the rows of a shape matrix by class, so that every
// matrix reports alike: its rate, the rate of each class (a rule that reads
// one wording but not its sibling shows as a class below the others), its
// misses under -v, and an error below a floor just under today's rate.
type shapeTally struct {
	pass, total int
	classes     map[string][2]int
	misses      []string
}

// add counts one row in each of its classes; miss is logged when !ok.
func (s *shapeTally) add(classes []string, ok bool, miss string) {
	if s.classes == nil {
		s.classes = map[string][2]int{}
	}
	s.total++
	for _, k := range classes {
		n := s.classes[k]
		n[1]++
		if ok {
			n[0]++
		}
		s.classes[k] = n
	}
	if ok {
		s.pass++
		return
	}
	s.misses = append(s.misses, miss)
}

// rate is the share of rows right.
func (s *shapeTally) rate() float64 {
	return float64(s.pass) / float64(max(1, s.total))
}

// report logs the rate (with note after it), the classes and, under -v,
// the misses, and fails the test below floor.
func (s *shapeTally) report(t *testing.T, name, note string, floor float64) {
	t.Helper()
	t.Logf("%s: %d/%d = %.3f%s", name, s.pass, s.total, s.rate(), note)
	logShapeClasses(t, s.classes)
	if testing.Verbose() {
		for _, m := range s.misses {
			t.Log(m)
		}
	}
	if s.rate() < floor {
		t.Errorf("%s %.3f below floor %.3f", name, s.rate(), floor)
	}
}

// logShapeClasses logs the right/all counts of each class, sorted.
func logShapeClasses(t *testing.T, classes map[string][2]int) {
	t.Helper()
	keys := make([]string, 0, len(classes))
	for k := range classes {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		n := classes[k]
		t.Logf("  %s", fmt.Sprintf("%-44s %4d/%4d", k, n[0], n[1]))
	}
}
