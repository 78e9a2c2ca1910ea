using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using DeepCopy.Core;
using DeepCopy.Handlers;
using DeepCopy.Tests.StrategySpecific;
using Xunit;

namespace DeepCopy.Tests.PowerShellTypes;

/// <summary>
/// What Import-Clixml, remoting and jobs return: property bags whose "Deserialized." type names, properties and ToString
/// text live outside their instance members. The copy is the same kind of bag, with values of its own.
/// </summary>
[Collection(nameof(SerialGcCollection))]
public sealed class DeserializedObjectTests
{
    public DeserializedObjectTests() => PowerShellRegistrations.EnsureRegistered();

    public static TheoryData<DeepCopyStrategy, bool> StrategiesAndPaths
    {
        get
        {
            var data = new TheoryData<DeepCopyStrategy, bool>();
            foreach (var strategy in new[] { DeepCopyStrategy.Auto, DeepCopyStrategy.Reflection, DeepCopyStrategy.Compiled, DeepCopyStrategy.Pooled })
            {
                data.Add(strategy, true);
                data.Add(strategy, false);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_deserialized_object_copies_as_a_property_bag_of_its_own(DeepCopyStrategy strategy)
    {
        var source = Deserialize();

        var copy = (PSObject)DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        Assert.Equal(source.TypeNames, copy.TypeNames);
        Assert.Equal("Deserialized." + typeof(Server).FullName, copy.TypeNames[0]);
        Assert.True(DeserializedMembers.Current.IsDeserialized(copy));
        Assert.Equal("web-01", copy.Properties["Name"].Value);
        Assert.Equal(source.ToString(), copy.ToString());
        var ports = (PSObject)copy.Properties["Ports"].Value;
        Assert.NotSame(source.Properties["Ports"].Value, ports);
        Assert.Equal(new object[] { 80, 443 }, ((System.Collections.IEnumerable)ports.BaseObject).Cast<object>());
        var owner = (PSObject)copy.Properties["Owner"].Value;
        Assert.NotSame(source.Properties["Owner"].Value, owner);
        Assert.Equal("ops", owner.Properties["Team"].Value);
        Assert.Empty(DeepComparer.Compare(source, copy, new DeepCompareOptions { Independence = true }));

        copy.Properties["Name"].Value = "changed";
        Assert.Equal("web-01", source.Properties["Name"].Value);
    }

    [Theory]
    [MemberData(nameof(StrategiesAndPaths))]
    public void Without_the_internals_the_properties_become_notes_with_the_same_values(DeepCopyStrategy strategy, bool useInternals)
    {
        var source = Deserialize();
        var handler = PowerShellRegistrations.PSObjectHandler;
        var (internals, deserialized) = (handler.Internals, handler.Deserialized);
        handler.Internals = useInternals ? PowerShellInternals.Current : PowerShellInternals.Unavailable;
        handler.Deserialized = DeserializedMembers.Unavailable;
        PSObject copy;
        try
        {
            copy = (PSObject)DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;
        }
        finally
        {
            (handler.Internals, handler.Deserialized) = (internals, deserialized);
        }

        Assert.Equal(source.TypeNames, copy.TypeNames);
        var name = Assert.IsType<PSNoteProperty>(copy.Properties["Name"]);
        Assert.Equal("web-01", name.Value);
        Assert.NotSame(source.Properties["Owner"].Value, copy.Properties["Owner"].Value);
        Assert.Empty(DeepComparer.Compare(source, copy));
    }

    [Fact]
    public void The_comparer_reads_the_properties_of_a_bag()
    {
        var reference = Deserialize();
        var difference = Deserialize();
        difference.Properties["Name"].Value = "web-02";

        var found = Assert.Single(DeepComparer.Compare(reference, difference));

        Assert.Equal("$.Name", found.Path);
        Assert.Equal(DeepDifferenceKind.ValueDifferent, found.Kind);
    }

    private static PSObject Deserialize()
    {
        var server = new Server { Name = "web-01", Ports = new List<int> { 80, 443 }, Owner = new Owner { Team = "ops" } };
        var bag = (PSObject)PSSerializer.Deserialize(PSSerializer.Serialize(server, 3));
        Assert.True(DeserializedMembers.Current.IsDeserialized(bag));
        return bag;
    }

    public sealed class Server
    {
        public string Name { get; set; } = "";

        public List<int> Ports { get; set; } = new List<int>();

        public Owner? Owner { get; set; }

        public override string ToString() => "server " + Name;
    }

    public sealed class Owner
    {
        public string Team { get; set; } = "";
    }
}
