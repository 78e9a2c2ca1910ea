using System.Collections;
using System.Linq;
using System.Management.Automation;
using DeepCopy.Core;
using DeepCopy.Handlers;
using DeepCopy.Tests.Support;
using Xunit;

namespace DeepCopy.Tests.StrategySpecific
{
    /// <summary>
    /// The PSObject handler reads PowerShell internals where they exist and the public API where they do not
    /// (Windows PowerShell 5.1, future versions). Both paths must copy the same things.
    /// </summary>
    [Collection(nameof(SerialGcCollection))]
    public sealed class PowerShellInternalsTests
    {
        public PowerShellInternalsTests()
        {
            PowerShellRegistrations.EnsureRegistered();
        }

        public static TheoryData<bool> Paths => new TheoryData<bool> { true, false };

        [Fact]
        public void InternalsAreDetectedOnThisPowerShell()
        {
            Assert.True(PowerShellInternals.Current.IsAvailable);
            Assert.False(PowerShellInternals.Unavailable.IsAvailable);
        }

        [Theory]
        [MemberData(nameof(Paths))]
        public void CopiesNotesScriptMembersAndTypeNames(bool useInternals)
        {
            var source = new PSObject();
            source.Properties.Add(new PSNoteProperty("Name", "ada"));
            source.Properties.Add(new PSNoteProperty("Settings", new Hashtable { ["depth"] = 1 }));
            source.Members.Add(new PSScriptProperty("Loud", ScriptBlock.Create("throw 'must not run'")));
            source.TypeNames.Insert(0, "Contoso.Person");

            var copy = WithPath(useInternals, () => (PSObject)DeepCopier.Copy(source, new DeepCopyOptions { Strategy = DeepCopyStrategy.Pooled })!);

            Assert.IsType<PSCustomObject>(copy.ImmediateBaseObject);
            Assert.Equal("ada", copy.Properties["Name"].Value);
            var settings = (Hashtable)copy.Properties["Settings"].Value;
            Assert.NotSame(source.Properties["Settings"].Value, settings);
            Assert.Equal(1, settings["depth"]);
            var loud = Assert.IsType<PSScriptProperty>(copy.Members["Loud"]);
            Assert.Same(((PSScriptProperty)source.Members["Loud"]).GetterScript, loud.GetterScript);
            Assert.Equal(source.TypeNames, copy.TypeNames);
        }

        [Theory]
        [MemberData(nameof(Paths))]
        public void CopiesAWrapperOfAWrapperAsTwoOnBothPaths(bool useInternals)
        {
            // Get-Help's shape; through the public API both wrappers' members land under the inner copy, once.
            var inner = new PSObject();
            inner.Properties.Add(new PSNoteProperty("Name", "ada"));
            var outer = new PSObject(inner);
            outer.TypeNames.Insert(0, "Contoso.Help");

            var copy = WithPath(useInternals, () => (PSObject)DeepCopier.Copy(outer, new DeepCopyOptions { Strategy = DeepCopyStrategy.Reflection })!);

            var copiedInner = Assert.IsType<PSObject>(copy.ImmediateBaseObject);
            Assert.NotSame(inner, copiedInner);
            Assert.Equal("ada", copy.Properties["Name"].Value);
            Assert.Equal("ada", copiedInner.Properties["Name"].Value);
            Assert.Equal(outer.TypeNames, copy.TypeNames);
            Assert.Empty(DeepComparer.Compare(outer, copy));

            foreach (var graph in new[] { new object[] { inner, outer }, new object[] { outer, inner } })
            {
                var both = WithPath(useInternals, () => DeepCopier.Copy(graph, new DeepCopyOptions { Strategy = DeepCopyStrategy.Reflection })!);
                Assert.Empty(DeepComparer.Compare(graph, both));
            }
        }

        [Fact]
        public void TheMemberWriterIsBoundOnThisPowerShell()
        {
            Assert.True(PSObjectMemberWriter.Current.IsAvailable);
            Assert.False(PSObjectMemberWriter.Unavailable.IsAvailable);
        }

        [Theory]
        [MemberData(nameof(Paths))]
        public void ACopiedPSCustomObjectBehavesInScriptLikeOneMadeThere(bool useInternals)
        {
            using var session = new PowerShellSession();
            var source = session.InvokeSingle("'{\"name\":\"a\",\"tags\":[\"x\"]}' | ConvertFrom-Json");
            var copy = WithPath(useInternals, () => (PSObject)DeepCopier.Copy(source, new DeepCopyOptions { Strategy = DeepCopyStrategy.Auto })!);

            var results = session.Invoke(
                "param($c) $c.name = 'changed'; $c | Add-Member -NotePropertyName extra -NotePropertyValue 5; " +
                "$c.NAME; $c.extra; $c.tags.Count; ($c | ConvertTo-Json -Compress)",
                new Hashtable { ["c"] = copy });

            Assert.Equal(
                new object[] { "changed", 5, 1, "{\"name\":\"changed\",\"tags\":[\"x\"],\"extra\":5}" },
                results.Select(result => result.BaseObject).ToArray());
            Assert.Equal("a", source.Properties["name"].Value);
        }

        [Theory]
        [MemberData(nameof(Paths))]
        public void CopiedTypeNamesAreTheCopysOwnList(bool useInternals)
        {
            using var session = new PowerShellSession();
            var source = session.InvokeSingle("[pscustomobject]@{ PSTypeName = 'Contoso.Row'; Id = 1 }");

            var copy = WithPath(useInternals, () => (PSObject)DeepCopier.Copy(source, new DeepCopyOptions { Strategy = DeepCopyStrategy.Compiled })!);
            copy.TypeNames.Insert(0, "Contoso.Changed");

            Assert.Equal(new[] { "Contoso.Changed", "Contoso.Row", "System.Management.Automation.PSCustomObject", "System.Object" }, copy.TypeNames);
            Assert.Equal("Contoso.Row", source.TypeNames[0]);
            Assert.True(PowerShellInternals.Current.HasInstanceTypeNames(copy));
        }

        [Fact]
        public void TypeNamesThatWereOnlyReadAreNotCopiedAsTheCopysOwn()
        {
            // Reading TypeNames (formatting, Get-Member, Measure-DeepCopy's check) stores the derived list on the wrapper.
            var source = new PSObject();
            source.Properties.Add(new PSNoteProperty("Name", "ada"));
            var derived = new System.Collections.Generic.List<string>(source.TypeNames);
            Assert.True(PowerShellInternals.Current.HasInstanceTypeNames(source));

            var copy = (PSObject)DeepCopier.Copy(source, new DeepCopyOptions { Strategy = DeepCopyStrategy.Auto })!;

            Assert.False(PowerShellInternals.Current.HasInstanceTypeNames(copy));
            Assert.Equal(derived, copy.TypeNames);
        }

        [Fact]
        public void TypeNamesInTheDerivedOrderButChangedAreCopied()
        {
            var source = new PSObject();
            source.TypeNames.Add("Contoso.Extra");

            var copy = (PSObject)DeepCopier.Copy(source, new DeepCopyOptions { Strategy = DeepCopyStrategy.Auto })!;

            Assert.Equal(source.TypeNames, copy.TypeNames);
            Assert.Equal("Contoso.Extra", copy.TypeNames[copy.TypeNames.Count - 1]);
        }

        [Theory]
        [MemberData(nameof(Paths))]
        public void CopiesAWrappedHashtableWithAnAddedNote(bool useInternals)
        {
            var table = new Hashtable { ["a"] = new ArrayList { 1, 2 } };
            var source = new PSObject(table);
            source.Properties.Add(new PSNoteProperty("Origin", "test"));

            var copy = WithPath(useInternals, () => (PSObject)DeepCopier.Copy(source, new DeepCopyOptions { Strategy = DeepCopyStrategy.Reflection })!);

            var copiedTable = Assert.IsType<Hashtable>(copy.ImmediateBaseObject);
            Assert.NotSame(table, copiedTable);
            Assert.NotSame(table["a"], copiedTable["a"]);
            Assert.Equal("test", copy.Properties["Origin"].Value);

            // PowerShell keeps a wrapper's members with the object it wraps, so wrapping the copied table again finds them.
            Assert.Equal("test", PSObject.AsPSObject(copiedTable).Properties["Origin"].Value);
        }

        [Theory]
        [MemberData(nameof(Paths))]
        public void CopiesAWrappedIntWithANoteAndTypeNameWithoutTouchingTheSource(bool useInternals)
        {
            var list = new ArrayList { 1 };
            // Boxed explicitly: PowerShell 7 also has a PSObject(int) constructor, which makes an empty PSCustomObject.
            var source = new PSObject((object)5);
            source.Properties.Add(new PSNoteProperty("Unit", list));
            source.TypeNames.Insert(0, "Contoso.Measure");

            var copy = WithPath(useInternals, () => (PSObject)DeepCopier.Copy(source, new DeepCopyOptions { Strategy = DeepCopyStrategy.Reflection })!);

            Assert.Same(list, source.Properties["Unit"].Value);
            Assert.Equal("Contoso.Measure", source.TypeNames[0]);
            Assert.Equal(5, copy.ImmediateBaseObject);
            Assert.NotSame(list, copy.Properties["Unit"].Value);
            Assert.Equal("Contoso.Measure", copy.TypeNames[0]);
        }

        [Theory]
        [MemberData(nameof(Paths))]
        public void SharesAnInspectedSharedObjectOnBothPaths(bool useInternals)
        {
            // Get-Member leaves the intrinsic member sets under the object it looked at; they are not members of its own.
            var version = new System.Version(3, 4);
            using (var shell = System.Management.Automation.PowerShell.Create())
            {
                shell.AddScript("param($v) $null = $v | Get-Member").AddArgument(version).Invoke();
            }

            var source = new ArrayList { new PSObject(version) };

            var copy = WithPath(useInternals, () => (ArrayList)DeepCopier.Copy(source, new DeepCopyOptions { Strategy = DeepCopyStrategy.Reflection })!);

            Assert.Same(version, ((PSObject)copy[0]!).ImmediateBaseObject);
        }

        private static T WithPath<T>(bool useInternals, System.Func<T> copy)
        {
            var handler = PowerShellRegistrations.PSObjectHandler;
            var saved = handler.Internals;
            handler.Internals = useInternals ? PowerShellInternals.Current : PowerShellInternals.Unavailable;
            try
            {
                return copy();
            }
            finally
            {
                handler.Internals = saved;
            }
        }
    }
}
