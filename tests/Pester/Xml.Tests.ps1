#Requires -Version 7.2
# [xml] documents and LINQ to XML documents through Copy-DeepObject.

BeforeAll {
    Import-Module $env:DEEPCOPY_MODULE_PATH -Force
}

AfterAll {
    Remove-Module DeepCopy -ErrorAction Ignore
}

Describe 'Copying XML' {
    It 'copies an [xml] document with <_>: dot navigation, XPath with namespaces, the source untouched' -ForEach 'Reflection', 'Compiled', 'Pooled', 'Auto' {
        $source = [xml]'<cfg xmlns:p="urn:p"><server name="a" p:port="80" /><server name="b" /></cfg>'

        $copy = Copy-DeepObject -InputObject $source -Strategy $_
        $copy.cfg.server[0].name = 'changed'
        [void]$copy.cfg.AppendChild($copy.CreateElement('added'))
        $namespaces = [System.Xml.XmlNamespaceManager]::new($copy.NameTable)
        $namespaces.AddNamespace('p', 'urn:p')

        Should-Be -Expected 'a' -Actual $source.cfg.server[0].name
        Should-Be -Expected '80' -Actual $copy.SelectSingleNode('//server/@p:port', $namespaces).Value
        Should-BeFalse -Actual $source.OuterXml.Contains('added')
    }

    It 'copies an XDocument whose elements are still found by name, with <_>' -ForEach 'Reflection', 'Compiled', 'Pooled', 'Auto' {
        $source = [System.Xml.Linq.XDocument]::Parse('<root><item id="1" /><item id="2" /></root>')

        $copy = Copy-DeepObject -InputObject $source -Strategy $_
        $copy.Root.Add([System.Xml.Linq.XElement]::new([System.Xml.Linq.XName]'item'))

        Should-Be -Expected 3 -Actual @($copy.Root.Elements([System.Xml.Linq.XName]'item')).Count
        Should-Be -Expected 2 -Actual @($source.Root.Elements([System.Xml.Linq.XName]'item')).Count
    }
}
