using System;
using System.Collections;
using System.Collections.Generic;
using System.Data;
using System.Management.Automation;
using DeepCopy.Core;
using DeepCopy.Json;
using Xunit;
using static DeepCopy.Tests.Json.JsonTestSupport;

namespace DeepCopy.Tests.Json
{
    /// <summary>
    /// PowerShell refuses PSObject, PSBase, PSAdapted, PSExtended and PSTypeNames (any case) as member names, so an
    /// object with such a public member cannot come back as a PSCustomObject that has it. The writer asks the adapters
    /// and refuses it before anything is built: ReservedMemberName at the member's source path, naming the source object.
    /// </summary>
    public sealed class JsonReservedMemberNameTests
    {
        public static TheoryData<object, string> ObjectsWithReservedMembers => new TheoryData<object, string>
        {
            { new HasPSObject(), "PSObject" },
            { new HasPSBase(), "PSBase" },
            { new HasPSAdapted(), "PSAdapted" },
            { new HasPSExtended(), "PSExtended" },
            { new HasPSTypeNames(), "PSTypeNames" },
            { new HasLowerCasePSBase(), "psbase" },
        };

        [Theory]
        [MemberData(nameof(ObjectsWithReservedMembers))]
        public void A_reserved_member_is_refused_at_its_source_path_naming_its_object(object item, string name)
        {
            var failure = CopyFails(new Hashtable { ["item"] = item });

            Assert.Equal(DeepCopyErrorKind.ReservedMemberName, failure.Kind);
            Assert.Equal("$['item']." + name, failure.Path);
            Assert.Same(item, failure.OffendingValue);
            Assert.Equal(item.GetType(), failure.OffendingType);
            Assert.Contains("'" + name + "'", failure.Message);
            Assert.Contains("PowerShell reserves", failure.Message);
            Assert.Contains("Auto", failure.Message);
            Assert.Contains("type policy", failure.Message);
        }

        [Fact]
        public void A_DataTable_column_with_a_reserved_name_is_refused_at_the_row()
        {
            var table = new DataTable();
            table.Columns.Add("id", typeof(int));
            table.Columns.Add("PSObject");
            table.Rows.Add(1, "v");

            var failure = CopyFails(new object[] { new Hashtable { ["t"] = table } });

            Assert.Equal(DeepCopyErrorKind.ReservedMemberName, failure.Kind);
            Assert.Equal("$[0]['t'][0].PSObject", failure.Path);
            Assert.Same(table.Rows[0], failure.OffendingValue);
        }

        [Fact]
        public void The_same_names_as_dictionary_keys_come_back_as_keys()
        {
            var source = new Hashtable { ["PSBase"] = 1 };
            var ordered = new Dictionary<string, object> { ["pstypenames"] = 2, ["PSObject"] = 3 };

            Assert.Equal("Dict{PSBase:Int32 1}", Dump(Copy(source)));
            Assert.Equal("Dict{pstypenames:Int32 2,PSObject:Int32 3}", Dump(Copy(ordered)));
        }

        [Fact]
        public void The_exact_strategies_copy_such_objects()
        {
            var copy = DeepCopier.Copy(new HasPSBase(), new DeepCopyOptions { Strategy = DeepCopyStrategy.Auto }, out _);

            Assert.Equal(5, Assert.IsType<HasPSBase>(copy).PSBase);
        }

        [Theory]
        [InlineData("PSObject")]
        [InlineData("psbase")]
        [InlineData("PSADAPTED")]
        [InlineData("PSExtended")]
        [InlineData("pstypenames")]
        [InlineData("")]
        public void The_PowerShell_adapter_reserves_exactly_what_PowerShell_refuses(string name)
        {
            Assert.NotNull(new PSObjectJsonShapeAdapter().GetReservedMemberNameReason(name));
            Assert.ThrowsAny<Exception>(() => new PSObject().Properties.Add(new PSNoteProperty(name, 1)));
        }

        [Theory]
        [InlineData("PS")]
        [InlineData("PSBaseX")]
        [InlineData("PSStandardMembers")]
        [InlineData("PSTypeName")]
        [InlineData("PSComputerName")]
        [InlineData("Name")]
        [InlineData(" ")]
        public void The_PowerShell_adapter_accepts_what_PowerShell_accepts(string name)
        {
            var custom = new PSObject();
            custom.Properties.Add(new PSNoteProperty(name, 1));

            Assert.Null(new PSObjectJsonShapeAdapter().GetReservedMemberNameReason(name));
            Assert.Equal(1, custom.Properties[name].Value);
        }

        [Fact]
        public void An_adapter_accepts_every_name_unless_it_says_otherwise()
        {
            Assert.Null(new AcceptingAdapter().GetReservedMemberNameReason("PSBase"));
            Assert.Null(new AcceptingAdapter().GetReservedMemberNameReason(string.Empty));
        }

        public sealed class HasPSObject
        {
            public int PSObject { get; set; } = 1;
        }

        public sealed class HasPSBase
        {
            public int Other = 2;

            public int PSBase => 5;
        }

        public sealed class HasPSAdapted
        {
            public string PSAdapted = "a";
        }

        public sealed class HasPSExtended
        {
            public string PSExtended { get; set; } = "e";
        }

        public sealed class HasPSTypeNames
        {
            public string[] PSTypeNames { get; set; } = { "x" };
        }

        public sealed class HasLowerCasePSBase
        {
            public int psbase = 3;
        }

        private sealed class AcceptingAdapter : JsonShapeAdapter
        {
            public override bool CanWrite(Type type) => false;

            public override bool TryGetMembers(object value, List<KeyValuePair<string, object?>> members, out JsonObjectShape shape)
            {
                shape = JsonObjectShape.Object;
                return false;
            }
        }
    }
}
