using System;
using System.Collections.Generic;
using System.Reflection;
using System.Reflection.Emit;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.Comparison;

/// <summary>
/// Two different types can have one name: a class defined again in a PowerShell session is a new type named like the
/// old one, in another "PowerShell Class Assembly" version. A type difference between them said "Expected a [Pt] but
/// found a [Pt]"; it names the assemblies that tell them apart.
/// </summary>
public sealed class SameNameTypeMessageTests
{
    private static readonly Type Old = DefineTwin("1.0.0.1");
    private static readonly Type New = DefineTwin("1.0.0.2");

    [Fact]
    public void A_type_difference_between_two_types_of_one_name_names_their_assemblies()
    {
        var found = Assert.Single(DeepComparer.Compare(Activator.CreateInstance(Old), Activator.CreateInstance(New)));

        Assert.Equal(DeepDifferenceKind.TypeDifferent, found.Kind);
        Assert.Equal(
            "Expected a [Pt] from 'Twins, Version=1.0.0.1' but found another type of the same name, from 'Twins, Version=1.0.0.2'.",
            found.Message);
    }

    [Fact]
    public void Generic_types_over_them_name_the_assemblies_of_their_arguments_too()
    {
        var oldList = Activator.CreateInstance(typeof(List<>).MakeGenericType(Old));
        var newList = Activator.CreateInstance(typeof(List<>).MakeGenericType(New));
        var core = typeof(List<>).Assembly.GetName();
        var coreName = core.Name + ", Version=" + core.Version;

        var found = Assert.Single(DeepComparer.Compare(oldList, newList));

        Assert.Equal(
            "Expected a [System.Collections.Generic.List[Pt]] from '" + coreName + "; Twins, Version=1.0.0.1' but found another type of the same name, from '" +
            coreName + "; Twins, Version=1.0.0.2'.",
            found.Message);
    }

    [Fact]
    public void Two_loads_of_one_assembly_are_told_apart_as_such()
    {
        var first = DefineTwin("1.0.0.3");
        var second = DefineTwin("1.0.0.3");

        var found = Assert.Single(DeepComparer.Compare(Activator.CreateInstance(first), Activator.CreateInstance(second)));

        Assert.Equal("Expected a [Pt] from 'Twins, Version=1.0.0.3' but found another type of the same name, from another load of the same assembly.", found.Message);
    }

    [Fact]
    public void Types_of_different_names_are_named_as_before()
    {
        var found = Assert.Single(DeepComparer.Compare(new List<int>(), new List<long>()));

        Assert.Equal("Expected a [System.Collections.Generic.List[System.Int32]] but found a [System.Collections.Generic.List[System.Int64]].", found.Message);
    }

    private static Type DefineTwin(string version)
    {
        var assembly = AssemblyBuilder.DefineDynamicAssembly(new AssemblyName("Twins, Version=" + version), AssemblyBuilderAccess.Run);
        var type = assembly.DefineDynamicModule("Twins").DefineType("Pt", TypeAttributes.Public | TypeAttributes.Class);
        type.DefineField("X", typeof(int), FieldAttributes.Public);
        type.DefineDefaultConstructor(MethodAttributes.Public);
        return type.CreateType();
    }
}
