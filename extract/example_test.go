package extract_test

import (
	"fmt"

	"github.com/newsdesk/newsdesk/extract"
)

func ExampleExtractor_Extract() {
	ex, err := extract.New()
	if err != nil {
		panic(err)
	}
	res := ex.Extract("Kenyan Interior Minister Amina Wekesa said on Friday that Kenya would send 800 police officers. " +
		"\"We will not abandon Haiti,\" Wekesa told reporters. A gang attack killed 19 people overnight.")
	for _, o := range res.Officials {
		fmt.Printf("official: %s, %s (%s)\n", o.Name, o.Title, o.Country)
	}
	for _, q := range res.Quotes {
		fmt.Printf("quote: %q by %s\n", q.Text, q.Speaker)
	}
	for _, t := range res.Troops {
		fmt.Printf("troops: %d %s from %s\n", t.Count, t.Unit, t.Country)
	}
	for _, d := range res.Deaths {
		fmt.Printf("deaths: %d\n", d.Count)
	}
	// Output:
	// official: Amina Wekesa, Interior Minister (KE)
	// quote: "We will not abandon Haiti" by Amina Wekesa
	// troops: 800 police officers from KE
	// deaths: 19
}
