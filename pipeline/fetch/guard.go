package fetch

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"strings"
	"syscall"
)

// A URL found in a document (a feed item's link) is chosen by whoever
// wrote the document, not by the operator. Left alone, a hostile feed could
// make newsdesk fetch the admin page of a router on the operator's network
// or a cloud's metadata service, and store the answer as an article. So a
// request with Request.LinkedFrom set may connect only to public addresses,
// except on the host of the document that linked it (a self-hosted feed
// linking to its own pages keeps working). The check is made on the
// address actually dialled, after DNS and on every redirect hop, so that a
// name resolving to 127.0.0.1 or a redirect to 169.254.169.254 is caught.

// nonPublic are the address ranges a linked URL may not reach, beyond what
// netip.Addr's own predicates (loopback, private, link-local, multicast,
// unspecified) cover.
var nonPublic = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),       // "this network"
	netip.MustParsePrefix("100.64.0.0/10"),   // carrier-grade NAT, shared address space
	netip.MustParsePrefix("192.0.0.0/24"),    // IETF protocol assignments
	netip.MustParsePrefix("198.18.0.0/15"),   // benchmarking
	netip.MustParsePrefix("240.0.0.0/4"),     // reserved, and broadcast
	netip.MustParsePrefix("64:ff9b:1::/48"),  // local-use NAT64
	netip.MustParsePrefix("2001:db8::/32"),   // documentation
	netip.MustParsePrefix("fec0::/10"),       // deprecated site-local
	netip.MustParsePrefix("100::/64"),        // discard-only
	netip.MustParsePrefix("2001::/32"),       // Teredo: may tunnel to anything
	netip.MustParsePrefix("2002::/16"),       // 6to4: embeds an IPv4 address
	netip.MustParsePrefix("64:ff9b::/96"),    // NAT64: embeds an IPv4 address
	netip.MustParsePrefix("::ffff:0:0:0/96"), // IPv4-translated
}

// IsPublicAddr reports whether a linked URL may connect to addr: false for
// loopback, private (RFC 1918, fc00::/7), link-local (169.254.0.0/16, where
// cloud metadata services answer, and fe80::/10), multicast, unspecified
// and reserved addresses.
func IsPublicAddr(addr netip.Addr) bool {
	addr = addr.Unmap() // ::ffff:127.0.0.1 is 127.0.0.1
	if !addr.IsValid() || addr.IsLoopback() || addr.IsPrivate() || addr.IsLinkLocalUnicast() ||
		addr.IsLinkLocalMulticast() || addr.IsInterfaceLocalMulticast() || addr.IsMulticast() ||
		addr.IsUnspecified() {
		return false
	}
	for _, p := range nonPublic {
		if p.Contains(addr) {
			return false
		}
	}
	return true
}

// refusePrivate is a net.Dialer Control function: it runs once the address
// to connect to is known, after DNS, for every address tried.
func refusePrivate(network, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("%w: cannot check address %q", ErrPrivateAddress, address)
	}
	if !IsPublicAddr(ap.Addr()) {
		return fmt.Errorf("%w %s (the link comes from a remote document; allow it with --allow-private-network)", ErrPrivateAddress, ap)
	}
	return nil
}

// guarded reports whether a request for u must keep to public addresses:
// it was linked from a document, on another host than that document's,
// and the operator did not allow private networks.
func (c *Client) guarded(req Request, hopHost string) bool {
	if req.LinkedFrom == "" || c.cfg.AllowPrivateNetwork {
		return false
	}
	return !strings.EqualFold(hostOnly(hopHost), hostOnly(hostOf(req.LinkedFrom)))
}

// checkProxied resolves the host itself when a proxy will make the
// connection, since the dialler then sees only the proxy's address. A name
// that resolves differently a moment later can slip through this check; the
// operator who routes through a proxy is trusted to have the proxy refuse
// private addresses too.
func checkProxied(ctx context.Context, t *http.Transport, hreq *http.Request) error {
	if t == nil || t.Proxy == nil {
		return nil
	}
	if p, err := t.Proxy(hreq); err != nil || p == nil {
		return nil //nolint:nilerr // no proxy for this request: the dialler checks
	}
	host := hreq.URL.Hostname()
	if a, err := netip.ParseAddr(host); err == nil {
		if !IsPublicAddr(a) {
			return fmt.Errorf("%w %s", ErrPrivateAddress, a)
		}
		return nil
	}
	addrs, err := net.DefaultResolver.LookupNetIP(ctx, "ip", host)
	if err != nil {
		return err
	}
	for _, a := range addrs {
		if !IsPublicAddr(a) {
			return fmt.Errorf("%w %s (%s)", ErrPrivateAddress, a, host)
		}
	}
	return nil
}

// hostOf is the host:port of a URL, or "" if it has none.
func hostOf(raw string) string {
	if i := strings.Index(raw, "://"); i >= 0 {
		raw = raw[i+3:]
	}
	if i := strings.IndexAny(raw, "/?#"); i >= 0 {
		raw = raw[:i]
	}
	if i := strings.LastIndexByte(raw, '@'); i >= 0 {
		raw = raw[i+1:]
	}
	return raw
}

// hostOnly drops the port of host:port ("[::1]:80" gives "::1").
func hostOnly(hostport string) string {
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		return h
	}
	return strings.Trim(hostport, "[]")
}
