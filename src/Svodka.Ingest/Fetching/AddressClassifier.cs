using System.Net;
using System.Net.Sockets;

namespace Svodka.Ingest.Fetching;

/// <summary>
/// Which addresses a fetch may connect to. One table of the ranges that are not the public internet, so a
/// feed URL (or a redirect, or a DNS answer) cannot make Svodka reach the operator's own network.
/// </summary>
public static class AddressClassifier
{
    private static readonly IPNetwork[] NotPublic =
    [
        // IPv4
        Net("0.0.0.0/8"),          // "this network", 0.0.0.0 included
        Net("10.0.0.0/8"),         // private
        Net("100.64.0.0/10"),      // carrier-grade NAT
        Net("127.0.0.0/8"),        // loopback
        Net("169.254.0.0/16"),     // link-local, cloud metadata services live here
        Net("172.16.0.0/12"),      // private
        Net("192.0.0.0/24"),       // IETF protocol assignments
        Net("192.168.0.0/16"),     // private
        Net("198.18.0.0/15"),      // benchmarking
        Net("224.0.0.0/4"),        // multicast
        Net("240.0.0.0/4"),        // reserved, 255.255.255.255 included
        // IPv6
        Net("::/128"),             // unspecified
        Net("::1/128"),            // loopback
        Net("100::/64"),           // discard
        Net("fc00::/7"),           // unique local
        Net("fe80::/10"),          // link-local
        Net("fec0::/10"),          // site-local (deprecated, still routed by some stacks)
        Net("ff00::/8"),           // multicast
    ];

    // IPv6 prefixes that carry an IPv4 address inside; the embedded address decides.
    private static readonly IPNetwork Nat64 = Net("64:ff9b::/96");
    private static readonly IPNetwork IPv4Compatible = Net("::/96");
    private static readonly IPNetwork SixToFour = Net("2002::/16");

    /// <summary>True when the address is on the public internet.</summary>
    public static bool IsPublic(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            if (address.IsIPv4MappedToIPv6) return IsPublic(address.MapToIPv4());
            var embedded = EmbeddedIPv4(address);
            if (embedded is not null && !IsPublic(embedded)) return false;
        }
        else if (address.AddressFamily != AddressFamily.InterNetwork)
        {
            return false;
        }

        foreach (var network in NotPublic)
            if (network.Contains(address)) return false;
        return true;
    }

    private static IPAddress? EmbeddedIPv4(IPAddress v6)
    {
        var bytes = v6.GetAddressBytes();
        if (Nat64.Contains(v6) || IPv4Compatible.Contains(v6)) return new IPAddress(bytes.AsSpan(12, 4));
        if (SixToFour.Contains(v6)) return new IPAddress(bytes.AsSpan(2, 4));
        return null;
    }

    private static IPNetwork Net(string cidr) => IPNetwork.Parse(cidr);
}
