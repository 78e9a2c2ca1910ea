using System;
using System.Collections.Generic;
using DeepCopy.Core;
using DeepCopy.Core.Engine;
using DeepCopy.Tests.Fixtures;
using Xunit;

namespace DeepCopy.Tests.Engine
{
    /// <summary>
    /// Messages name types as PowerShell writes them. FullName gave assembly-qualified generic arguments (a version and
    /// key per argument) and nothing at all for a generic parameter.
    /// </summary>
    public sealed class TypeNamesTests
    {
        public static TheoryData<Type, string> Names => new TheoryData<Type, string>
        {
            { typeof(int), "System.Int32" },
            { typeof(int?), "System.Nullable[System.Int32]" },
            { typeof(List<Node>), "System.Collections.Generic.List[DeepCopy.Tests.Fixtures.Node]" },
            { typeof(Dictionary<string, List<int?>>), "System.Collections.Generic.Dictionary[System.String,System.Collections.Generic.List[System.Nullable[System.Int32]]]" },
            { typeof(List<>), "System.Collections.Generic.List[T]" },
            { typeof(List<>).GetGenericArguments()[0], "T" },
            { typeof(Node[]), "DeepCopy.Tests.Fixtures.Node[]" },
            { typeof(int[,]), "System.Int32[,]" },
            { typeof(List<int>[]), "System.Collections.Generic.List[System.Int32][]" },
            { typeof(Dictionary<string, int>.KeyCollection), "System.Collections.Generic.Dictionary+KeyCollection[System.String,System.Int32]" },
            { typeof(TypeNamesTests), "DeepCopy.Tests.Engine.TypeNamesTests" },
        };

        [Theory]
        [MemberData(nameof(Names))]
        public void NamesReadAsInPowerShell(Type type, string expected) => Assert.Equal(expected, TypeNames.Readable(type));

        [Fact]
        public void NoPolicyMessageNamesAGenericParameter()
        {
            var parameter = typeof(List<>).GetGenericArguments()[0];

            var error = Assert.ThrowsAny<ArgumentException>(() => TypePolicySet.CreateBuilder().Share(parameter));

            Assert.Contains("[T]", error.Message);
        }

        [Theory]
        [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
        public void CopyErrorsNameGenericTypesWithoutAssemblies(DeepCopyStrategy strategy)
        {
            var policies = TypePolicySet.CreateBuilder().Throw(typeof(List<Node>)).Build();

            var error = Assert.Throws<DeepCopyException>(() =>
                DeepCopier.Copy(new object[] { new List<Node>() }, new DeepCopyOptions { Strategy = strategy, TypePolicies = policies }));

            Assert.Contains("[System.Collections.Generic.List[DeepCopy.Tests.Fixtures.Node]]", error.Message);
            Assert.DoesNotContain("Version=", error.Message);
            Assert.Equal(typeof(List<Node>), error.OffendingType);
        }
    }
}
