using System.Collections;
using System.Net;
using System.Net.Sockets;
using Xunit;
using static DeepCopy.Tests.Json.JsonTestSupport;

namespace DeepCopy.Tests.Json;

/// <summary>
/// An IPAddress is written as its text, as a Guid or a Version is: read from its properties, it failed every copy,
/// because ScopeId throws on an IPv4 address and Address on an IPv6 one. An IPEndPoint stays an object, its address
/// in it as text.
/// </summary>
public sealed class JsonIPAddressTests
{
    [Theory]
    [InlineData("10.0.0.1")]
    [InlineData("::1")]
    [InlineData("fe80::1%3")]
    [InlineData("::ffff:192.168.0.1")]
    public void An_ip_address_comes_back_as_its_text(string text)
    {
        var copy = (IDictionary)Copy(new Hashtable { ["host"] = "web1", ["ip"] = IPAddress.Parse(text) })!;

        Assert.Equal(IPAddress.Parse(text).ToString(), copy["ip"]);
        Assert.Equal(IPAddress.Parse(text), IPAddress.Parse((string)copy["ip"]!));
    }

    [Fact]
    public void The_static_addresses_come_back_as_their_text()
    {
        // On .NET they are of a hidden read-only subclass of IPAddress, which failed the copy like the base class had.
        var addresses = new[] { IPAddress.Any, IPAddress.Loopback, IPAddress.Broadcast, IPAddress.None, IPAddress.IPv6Any, IPAddress.IPv6Loopback, IPAddress.IPv6None };

        var copy = (object?[])Copy(addresses)!;

        Assert.Equal(System.Array.ConvertAll(addresses, address => (object?)address.ToString()), copy);
        Assert.Equal("0.0.0.0", Note(Copy(new IPEndPoint(IPAddress.Any, 8080)), "Address"));
    }

    [Theory]
    [InlineData("10.0.0.1", AddressFamily.InterNetwork)]
    [InlineData("::1", AddressFamily.InterNetworkV6)]
    public void An_endpoint_comes_back_as_an_object_with_its_address_as_text(string address, AddressFamily family)
    {
        var copy = Copy(new IPEndPoint(IPAddress.Parse(address), 8080));

        Assert.Equal(address, Note(copy, "Address"));
        Assert.Equal(8080, Note(copy, "Port"));
        Assert.Equal((int)family, Note(copy, "AddressFamily"));
    }
}
