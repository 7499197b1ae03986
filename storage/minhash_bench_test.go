package storage

import (
	"strings"
	"testing"
)

// BenchmarkStorySignature computes the signature of about 2 KB of wire
// copy with curly quotes and a dash, as the ingest benchmark's articles
// have.
//
//	go test ./storage -run '^$' -bench StorySignature -count 10
func BenchmarkStorySignature(b *testing.B) {
	var body strings.Builder
	body.WriteString("OSLO — Norway will send 450 troops to a regional stabilisation force, Norwegian Defence Minister Ingrid Nowak said on Monday.\n\n")
	body.WriteString("“We will not wait for the crisis to reach our own towns,” Nowak told reporters in Oslo. “This force will protect civilians.”\n\n")
	for i := range 12 {
		body.WriteString("Local traders criticised the closure of schools in the coastal region on Tuesday, and the ministry reported ")
		body.WriteString(strings.Repeat("new ", i%3))
		body.WriteString("delays at the border since March. ")
	}
	text := body.String()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		storySignature(text)
	}
}
