package fetch

import (
	"context"
	"errors"
	"net/http"
	"net/netip"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

func TestIsPublicAddr(t *testing.T) {
	for _, tc := range []struct {
		addr   string
		public bool
	}{
		{"93.184.216.34", true},
		{"8.8.8.8", true},
		{"2606:4700:4700::1111", true},
		{"127.0.0.1", false},
		{"127.9.9.9", false},
		{"::1", false},
		{"10.1.2.3", false},
		{"172.16.0.1", false},
		{"192.168.1.1", false},
		{"169.254.169.254", false}, // cloud metadata
		{"fe80::1", false},
		{"fd00::1", false},
		{"0.0.0.0", false},
		{"::", false},
		{"100.64.0.1", false},
		{"224.0.0.1", false},
		{"255.255.255.255", false},
		{"::ffff:127.0.0.1", false}, // mapped loopback
		{"::ffff:169.254.169.254", false},
		{"64:ff9b::7f00:1", false}, // NAT64 of 127.0.0.1
		{"2002:7f00:1::", false},   // 6to4 of 127.0.0.1
	} {
		if got := IsPublicAddr(netip.MustParseAddr(tc.addr)); got != tc.public {
			t.Errorf("IsPublicAddr(%s) = %v, want %v", tc.addr, got, tc.public)
		}
	}
}

// TestLinkedURLsKeepToPublicAddresses: a URL found in a remote document may
// not reach a loopback address (here through the name "localhost") unless it
// is on the document's own host or the operator allowed private networks;
// the URLs the operator names may be private.
func TestLinkedURLsKeepToPublicAddresses(t *testing.T) {
	var hits atomic.Int32
	secret := serve(t, func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Header().Set("Content-Type", "text/html")
		_, _ = w.Write([]byte("<html><body><p>secret</p></body></html>"))
	})
	secretByName := strings.Replace(secret.URL, "127.0.0.1", "localhost", 1)
	feedHost := serve(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/hop" { // a page on the feed's host that redirects elsewhere
			http.Redirect(w, r, secretByName+"/admin", http.StatusFound)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		_, _ = w.Write([]byte("<html><body><p>own page</p></body></html>"))
	})
	feedURL := feedHost.URL + "/feed.xml"

	c := newTestClient(t, Config{})
	ctx := context.Background()
	for _, tc := range []struct {
		name    string
		req     Request
		refused bool
	}{
		{"operator named a private URL", Request{URL: secretByName + "/x", Page: true}, false},
		{"feed's own host", Request{URL: feedHost.URL + "/story", Page: true, LinkedFrom: feedURL}, false},
		{"other private host by name", Request{URL: secretByName + "/x", Page: true, LinkedFrom: feedURL}, true},
		{"redirect from the feed's host to a private one", Request{URL: feedHost.URL + "/hop", Page: true, LinkedFrom: feedURL}, true},
		{"link-local metadata address", Request{URL: "http://169.254.169.254/latest/meta-data/", Page: true, LinkedFrom: feedURL}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := hits.Load()
			ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
			defer cancel()
			_, err := c.Get(ctx, tc.req)
			if tc.refused {
				if !errors.Is(err, ErrPrivateAddress) {
					t.Fatalf("err = %v, want ErrPrivateAddress", err)
				}
				if hits.Load() != before {
					t.Fatal("the private server was reached")
				}
				if ctx.Err() != nil {
					t.Fatal("refusal waited for the timeout instead of failing at once")
				}
				return
			}
			if err != nil {
				t.Fatalf("err = %v, want success", err)
			}
		})
	}

	allowing := newTestClient(t, Config{AllowPrivateNetwork: true})
	if _, err := allowing.Get(ctx, Request{URL: secretByName + "/x", Page: true, LinkedFrom: feedURL}); err != nil {
		t.Fatalf("with AllowPrivateNetwork: %v", err)
	}
}
