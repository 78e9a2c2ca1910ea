using System.Linq;
using System.Xml.Linq;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests;

/// <summary>
/// LINQ to XML matches elements and attributes to their names by reference (names are atomized), so a copied
/// XDocument must keep the very XName and XNamespace instances while everything else is new.
/// </summary>
public sealed class XDocumentTests
{
    private const string Text = "<root xmlns:p='urn:p'><item id='1' p:x='2'>text<sub/></item><item id='2'/></root>";

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_copied_document_still_finds_its_elements_and_attributes_by_name(DeepCopyStrategy strategy)
    {
        var source = XDocument.Parse(Text);

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        Assert.NotSame(source.Root, copy.Root);
        Assert.Same(source.Root!.Name, copy.Root!.Name);
        Assert.Equal(2, copy.Root.Elements("item").Count());
        Assert.Equal("2", copy.Root.Element("item")!.Attribute(XNamespace.Get("urn:p") + "x")!.Value);
        Assert.Equal(source.ToString(), copy.ToString());
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_change_to_the_copy_leaves_the_source_alone(DeepCopyStrategy strategy)
    {
        var source = XDocument.Parse(Text);

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });
        copy.Root!.Add(new XElement("added"));
        copy.Root.Element("item")!.SetAttributeValue("id", "changed");

        Assert.Equal(XDocument.Parse(Text).ToString(), source.ToString());
        Assert.Empty(DeepComparer.Compare(source, DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy }), new DeepCompareOptions { Independence = true }));
    }
}
