using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Specialized;
using System.Linq;
using System.Management.Automation;
using DeepCopy.Json;
using Xunit;
using static DeepCopy.Tests.Json.JsonTestSupport;

namespace DeepCopy.Tests.Json
{
    public sealed class JsonPSCustomObjectTests
    {
        /// <summary>What ConvertFrom-Json makes of {"id":1,"user":{"name":"a","roles":["x","y"]},"items":[{"n":1},{"n":2}],"note":null}.</summary>
        private static PSObject ConvertFromJsonLikeGraph() => Custom(
            ("id", 1),
            ("user", Custom(("name", "a"), ("roles", new object[] { "x", "y" }))),
            ("items", new object[] { Custom(("n", 1)), Custom(("n", 2)) }),
            ("note", null));

        [Fact]
        public void A_PSCustomObject_graph_comes_back_as_PSCustomObjects()
        {
            var source = ConvertFromJsonLikeGraph();

            var copy = Copy(source);

            var custom = Assert.IsType<PSObject>(copy);
            Assert.IsType<PSCustomObject>(custom.ImmediateBaseObject);
            Assert.Equal(Dump(source), Dump(copy));
            Assert.NotSame(Note(source, "user"), Note(copy, "user"));
            Assert.IsType<PSCustomObject>(((PSObject)Note(copy, "user")!).ImmediateBaseObject);
        }

        [Fact]
        public void Real_ConvertFrom_Json_output_round_trips_with_numbers_narrowed_to_int()
        {
            using var shell = PowerShell.Create();
            shell.AddScript("'{\"id\":1,\"user\":{\"name\":\"a\",\"roles\":[\"x\",\"y\"]},\"items\":[{\"n\":1},{\"n\":2}],\"note\":null}' | ConvertFrom-Json");
            var source = shell.Invoke().Single();

            var copy = Copy(source);

            // ConvertFrom-Json gives Int64 for every integer; the Json strategy gives int when it fits (JsonLossRules.Numbers).
            Assert.Equal(Dump(source).Replace("Int64", "Int32"), Dump(copy));
        }

        [Fact]
        public void Real_ConvertFrom_Json_AsHashtable_output_comes_back_as_ordered_hashtables()
        {
            using var shell = PowerShell.Create();
            shell.AddScript("'{\"b\":1,\"a\":{\"c\":[true,false]}}' | ConvertFrom-Json -AsHashtable");
            var source = shell.Invoke().Single().BaseObject;

            var copy = Copy(source);

            Assert.Equal(OrderedHashtableName, copy!.GetType().FullName);
            Assert.Equal(Dump(source).Replace("Int64", "Int32"), Dump(copy));
        }

        [Fact]
        public void Script_properties_are_never_run_and_are_dropped_with_type_names()
        {
            var source = Custom(("kept", 1));
            source.Properties.Add(new PSScriptProperty("script", ScriptBlock.Create("throw 'a ScriptProperty ran'")));
            source.Members.Add(new PSAliasProperty("alias", "kept"));
            source.TypeNames.Insert(0, "My.Type");

            var copy = (PSObject)Copy(source)!;

            Assert.Equal("Custom{kept:Int32 1}", Dump(copy));
            Assert.DoesNotContain("My.Type", copy.TypeNames);
        }

        [Fact]
        public void A_wrapped_object_is_written_with_its_properties_and_the_wrappers_notes()
        {
            var source = new PSObject(new JsonHashtableRoundTripTests.Poco { Name = "n" });
            source.Properties.Add(new PSNoteProperty("tag", "t"));

            var copy = Copy(source);

            Assert.Equal("Custom{Name:String n,Items:null,Computed:Int32 42,tag:String t}", Dump(copy));
        }

        [Fact]
        public void A_wrapped_hashtable_comes_back_as_an_ordered_hashtable_with_the_notes_as_entries()
        {
            var source = new PSObject(new OrderedDictionary { ["a"] = 1 });
            source.Properties.Add(new PSNoteProperty("tag", "t"));

            var copy = Copy(source);

            Assert.Equal(OrderedHashtableName, copy!.GetType().FullName);
            Assert.Equal("Dict{a:Int32 1,tag:String t}", Dump(copy));
        }

        [Fact]
        public void A_note_named_exactly_like_a_key_replaces_its_value_and_one_differing_only_in_case_is_a_key_of_its_own()
        {
            // As docs/json-strategy.md (PSObjectMembers) says: the copy is case-sensitive, so only the same name collapses.
            var exact = new PSObject(new Hashtable { ["name"] = "key" });
            exact.Properties.Add(new PSNoteProperty("name", "note"));
            var differentCase = new PSObject(new Hashtable { ["name"] = "key" });
            differentCase.Properties.Add(new PSNoteProperty("NAME", "note"));

            Assert.Equal("Dict{name:String note}", Dump(Copy(exact)));
            Assert.Equal("Dict{name:String key,NAME:String note}", Dump(Copy(differentCase)));
        }

        [Fact]
        public void Notes_on_a_wrapped_string_or_list_are_dropped()
        {
            var text = new PSObject("text");
            text.Properties.Add(new PSNoteProperty("tag", "t"));
            var list = new PSObject(new object[] { 1 });
            list.Properties.Add(new PSNoteProperty("tag", "t"));

            var copy = (object[])Copy(new object[] { text, list })!;

            Assert.Equal("text", copy[0]);
            Assert.Equal(new object[] { 1 }, (object[])copy[1]!);
        }

        [Fact]
        public void A_deserialized_object_is_written_from_its_stored_properties()
        {
            // What Import-Clixml and remoting return: a property bag whose properties are not notes.
            var bag = (PSObject)PSSerializer.Deserialize(PSSerializer.Serialize(new Team { Name = "ops", Size = 4 }, 1));

            var copy = Copy(bag);

            Assert.Equal("Custom{Name:String ops,Size:Int32 4}", Dump(copy));
        }

        [Fact]
        public void Names_differing_only_in_case_collapse_into_one_property_the_later_winning()
        {
            var adapter = new PSObjectJsonShapeAdapter();
            var members = new List<KeyValuePair<string, object?>> { new("Name", 1), new("other", 2), new("NAME", 3) };

            Assert.True(adapter.TryCreateObject(Core.JsonObjectShape.Object, members, out var created));

            Assert.Equal("Custom{Name:Int32 3,other:Int32 2}", Dump(created));
        }

        [Fact]
        public void Without_OrderedHashtable_dictionaries_come_back_as_OrderedDictionary()
        {
            var create = OrderedHashtableFactory.Find(typeof(object).Assembly);
            var adapter = new PSObjectJsonShapeAdapter(create);
            var members = new List<KeyValuePair<string, object?>> { new("b", 1), new("a", 2) };

            Assert.True(adapter.TryCreateObject(Core.JsonObjectShape.Dictionary, members, out var created));

            Assert.IsType<OrderedDictionary>(created);
            Assert.Equal("Dict{b:Int32 1,a:Int32 2}", Dump(created));
        }

        [Fact]
        public void With_PowerShell_7_3_or_later_dictionaries_come_back_as_OrderedHashtable()
        {
            var create = OrderedHashtableFactory.Find(typeof(PSObject).Assembly);

            Assert.Equal(OrderedHashtableName, create().GetType().FullName);
        }

        public sealed class Team
        {
            public string Name { get; set; } = "";

            public int Size { get; set; }
        }
    }
}
