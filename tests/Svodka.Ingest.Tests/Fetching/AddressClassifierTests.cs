using System.Net;
using Svodka.Ingest.Fetching;

namespace Svodka.Ingest.Tests.Fetching;

public sealed class AddressClassifierTests
{
    [Theory]
    [InlineData("10.0.0.5")]            // private 10/8
    [InlineData("10.255.255.255")]
    [InlineData("172.16.0.1")]          // private 172.16/12
    [InlineData("172.31.255.254")]
    [InlineData("192.168.1.1")]         // private 192.168/16
    [InlineData("127.0.0.1")]           // loopback 127/8
    [InlineData("127.8.9.10")]
    [InlineData("169.254.169.254")]     // link-local, cloud metadata
    [InlineData("100.64.0.1")]          // CGNAT 100.64/10
    [InlineData("100.127.255.254")]
    [InlineData("0.0.0.0")]             // unspecified
    [InlineData("224.0.0.1")]           // multicast 224/4
    [InlineData("239.255.255.250")]
    [InlineData("255.255.255.255")]     // broadcast
    [InlineData("::1")]                 // IPv6 loopback
    [InlineData("::")]                  // IPv6 unspecified
    [InlineData("fc00::1")]             // unique local fc00::/7
    [InlineData("fd12:3456::1")]
    [InlineData("fe80::1")]             // link-local fe80::/10
    [InlineData("ff02::1")]             // IPv6 multicast
    [InlineData("::ffff:127.0.0.1")]    // IPv4-mapped loopback
    [InlineData("::ffff:10.1.2.3")]     // IPv4-mapped private
    [InlineData("::ffff:169.254.169.254")]
    [InlineData("64:ff9b::a00:1")]      // NAT64 of 10.0.0.1
    [InlineData("2002:c0a8:101::1")]    // 6to4 of 192.168.1.1
    public void Refuses_internal_addresses(string address) =>
        Assert.False(AddressClassifier.IsPublic(IPAddress.Parse(address)), $"{address} must not count as public");

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("77.88.55.88")]         // a Yandex address
    [InlineData("172.15.255.255")]      // just below 172.16/12
    [InlineData("172.32.0.1")]          // just above it
    [InlineData("100.63.255.255")]      // just below 100.64/10
    [InlineData("100.128.0.1")]         // just above it
    [InlineData("2a00:1450::1")]
    [InlineData("2a02:6b8::2:242")]     // a Yandex IPv6 address
    [InlineData("::ffff:8.8.8.8")]      // IPv4-mapped public
    [InlineData("64:ff9b::808:808")]    // NAT64 of 8.8.8.8
    public void Allows_public_addresses(string address) =>
        Assert.True(AddressClassifier.IsPublic(IPAddress.Parse(address)), $"{address} must count as public");
}
