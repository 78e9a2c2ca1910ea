using System.Collections;
using System.Linq;
using System.Management.Automation;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.Comparison
{
    /// <summary>PSObjects through the module's adapter: note properties, type names, and wrappers that add nothing.</summary>
    public sealed class PSObjectCompareTests
    {
        public PSObjectCompareTests()
        {
            PowerShellRegistrations.EnsureRegistered();
        }

        [Fact]
        public void AWrapperWhoseTypeNamesWereOnlyReadComparesEqualToItsCopy()
        {
            // Reading TypeNames stores the derived list on the wrapper; its copy does not carry that list as its own.
            var source = new PSObject(new Hashtable { ["a"] = 1 });
            source.Properties.Add(new PSNoteProperty("Origin", "test"));
            Assert.Equal(typeof(Hashtable).FullName, source.TypeNames[0]);

            var copy = DeepCopier.Copy(source);

            Assert.Empty(DeepComparer.Compare(source, copy));
            var renamed = new PSObject(new Hashtable { ["a"] = 1 });
            renamed.Properties.Add(new PSNoteProperty("Origin", "test"));
            renamed.TypeNames.Insert(0, "Contoso.Renamed");
            Assert.NotEmpty(DeepComparer.Compare(source, renamed));
        }

        [Fact]
        public void CustomObjectsCompareByNoteProperties()
        {
            var reference = Custom(("Name", "a"), ("Count", 1), ("Gone", 0));
            var difference = Custom(("name", "a"), ("Count", 2), ("Added", 0));

            var found = DeepComparer.Compare(reference, difference).Select(d => d.Path + "|" + d.Kind).OrderBy(s => s).ToArray();

            Assert.Equal(new[] { "$.Added|MemberExtra", "$.Count|ValueDifferent", "$.Gone|MemberMissing" }, found);
        }

        [Fact]
        public void TypeNamesOfCustomObjectsMustMatch()
        {
            var reference = Custom(("a", 1));
            var difference = Custom(("a", 1));
            difference.TypeNames.Insert(0, "Contoso.Thing");

            Assert.Equal(DeepDifferenceKind.TypeDifferent, Assert.Single(DeepComparer.Compare(reference, difference)).Kind);
        }

        [Fact]
        public void AWrapperThatAddsNothingEqualsItsValue()
        {
            var list = new ArrayList { 1 };

            Assert.Empty(DeepComparer.Compare(new PSObject(new ArrayList { 1 }), list));
            Assert.Empty(DeepComparer.Compare(new Hashtable { ["x"] = PSObject.AsPSObject(1) }, new Hashtable { ["x"] = 1 }));
        }

        [Fact]
        public void NotesOnAWrapperAreCompared()
        {
            var reference = new PSObject(new ArrayList { 1 });
            reference.Properties.Add(new PSNoteProperty("Note", "x"));
            var difference = new PSObject(new ArrayList { 2 });
            difference.Properties.Add(new PSNoteProperty("Note", "y"));

            var found = DeepComparer.Compare(reference, difference).Select(d => d.Path + "|" + d.Kind).OrderBy(s => s).ToArray();

            Assert.Equal(new[] { "$.Note|ValueDifferent", "$[0]|ValueDifferent" }, found);
        }

        [Fact]
        public void ACopiedCustomObjectIsEqualAndIndependent()
        {
            var source = Custom(("Name", "a"), ("Items", new ArrayList { Custom(("x", 1)) }));

            var copy = DeepCopier.Copy(source);

            Assert.Empty(DeepComparer.Compare(source, copy, new DeepCompareOptions { Independence = true }));
        }

        private static PSObject Custom(params (string Name, object Value)[] notes)
        {
            var value = new PSObject();
            foreach (var (name, note) in notes)
            {
                value.Properties.Add(new PSNoteProperty(name, note));
            }

            return value;
        }
    }
}
