using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Reflection;
using System.Security;
using DeepCopy.Tests.Support;

namespace DeepCopy.Tests.Fuzz;

/// <summary>User classes and structs, boxed and framework value holders, PowerShell objects and non-copyables.</summary>
internal sealed partial class GraphGenerator
{
    private static readonly FieldInfo DogReadonlyRef = typeof(FuzzTypes.Dog).GetField("_readonlyRef", BindingFlags.Instance | BindingFlags.NonPublic)!;
    private static readonly ScriptBlock Getter = ScriptBlock.Create("$this.psobject.Properties.Name.Count");
    private static readonly ScriptBlock Method = ScriptBlock.Create("param($x) $x");
    private static readonly Type? OrderedHashtable = typeof(PSObject).Assembly.GetType("System.Management.Automation.OrderedHashtable");

    private object UserObject(int depth)
    {
        switch (_random.Next(6))
        {
            case 0:
                var animal = NewAnimal(depth);
                return animal;
            case 1:
                return Tripwire(depth);
            case 2:
                var key = IdentityHashed(new FuzzTypes.IdentityKeyed { Id = _random.Next() });
                key.Payload = Any(depth);
                return key;
            case 3:
                var table = IdentityHashed(new FuzzTypes.TableSubclass(_random.Next(2) == 0 ? StringComparer.OrdinalIgnoreCase : null));
                FillTable(table, depth, stringKeys: true);
                table.Extra = Any(depth);
                return table;
            case 4:
                var dictionary = IdentityHashed(new FuzzTypes.DictionarySubclass(AnyStringComparer()));
                FillDictionary(dictionary, depth);
                dictionary.Extra = Any(depth);
                return dictionary;
            default:
                return NewDog(depth);
        }
    }

    private FuzzTypes.Animal? AnimalOrNull(int depth)
    {
        var roll = _random.Next(10);
        if (roll < 2)
        {
            return null;
        }

        if ((roll < 5 || _budget <= 0) && _animals.Count > 0)
        {
            return _animals[_random.Next(_animals.Count)];
        }

        if (_budget <= 0)
        {
            return null;
        }

        _budget--;
        _objects++;
        return _random.Next(2) == 0 ? NewAnimal(depth + 1) : NewDog(depth + 1);
    }

    private FuzzTypes.Animal NewAnimal(int depth)
    {
        var animal = IdentityHashed(new FuzzTypes.Animal(_random.Next()));
        _animals.Add(animal);
        animal.Fill(Any(depth), Chance(50) ? Text() : Any(depth), Any(depth));
        return animal;
    }

    private FuzzTypes.Dog NewDog(int depth)
    {
        var dog = IdentityHashed(new FuzzTypes.Dog(_random.Next(), null));
        _animals.Add(dog);
        dog.Fill(Any(depth), Text(), Any(depth));
        dog.FillOwn(Any(depth));
        DogReadonlyRef.SetValue(dog, Any(depth));
        dog.Inline = Pair(depth);
        dog.MaybePair = Chance(50) ? Pair(depth) : null;
        dog.Boxed = Chance(50) ? Pair(depth) : Any(depth);
        dog.Items = Chance(50) ? Fill(IdentityHashed(new List<object?>()), depth) : Chance(50) ? IdentityHashed(new object?[] { Any(depth) }) : null;
        dog.Shade = (FuzzTypes.Shade)_random.Next(2);
        return dog;
    }

    private FuzzTypes.Tripwire Tripwire(int depth)
    {
        // Its GetHashCode throws, so it is shared only as a value, never offered as a key.
        var tripwire = Shareable(new FuzzTypes.Tripwire());
        tripwire.Payload = Chance(60) ? Any(depth) : null;
        return tripwire;
    }

    private FuzzTypes.Pair Pair(int depth) => new FuzzTypes.Pair
    {
        Reference = Any(depth),
        Number = _random.Next(),
        Nested = new FuzzTypes.Inner { Text = Chance(70) ? Text() : null, Deep = Chance(50) ? Any(depth) : null },
    };

    private object StructOrWrapper(int depth)
    {
        switch (_random.Next(6))
        {
            case 0:
                // A boxed struct is an object: it can be shared, and its copy must be shared alike.
                return Shareable((object)Pair(depth));
            case 1:
                return Shareable((object)new KeyValuePair<string, object?>(Text(), Any(depth)));
            case 2:
                return Shareable((object)(Any(depth), _random.Next()));
            case 3:
                return Shareable(Tuple.Create(Any(depth), Text()));
            case 4:
                var secret = new SecureString();
                for (var i = _random.Next(6); i > 0; i--)
                {
                    secret.AppendChar((char)('a' + _random.Next(26)));
                }

                if (Chance(50))
                {
                    secret.MakeReadOnly();
                }

                return Shareable(secret);
            default:
                var reference = Shareable(new PSReference(null));
                reference.Value = Any(depth);
                return reference;
        }
    }

    private object PowerShellValue(int depth)
    {
        var roll = _random.Next(10);
        if (roll < 4)
        {
            var custom = Shareable(new PSObject());
            AddMembers(custom, depth);
            return custom;
        }

        if (roll < 8)
        {
            var wrapper = Shareable(new PSObject(BaseObject(depth)));
            AddMembers(wrapper, depth);
            return wrapper;
        }

        if (OrderedHashtable == null)
        {
            return KeyedCollection(depth);
        }

        // What ConvertFrom-Json -AsHashtable returns.
        var ordered = IdentityHashed((System.Collections.IDictionary)Activator.CreateInstance(OrderedHashtable)!);
        return FillTable(ordered, depth, stringKeys: true);
    }

    /// <summary>What a non-custom PSObject wraps: a new or existing object, or a value PowerShell boxes.</summary>
    private object BaseObject(int depth)
    {
        var roll = _random.Next(10);
        if (roll < 3 && _identityHashed.Count > 0)
        {
            return _identityHashed[_random.Next(_identityHashed.Count)];
        }

        return roll switch
        {
            3 => _random.Next(),
            4 => Text(),
            5 => new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(_random.Next(1000)),
            6 => Sequence(depth),
            7 => UserObject(depth),
            _ => KeyedCollection(depth),
        };
    }

    private void AddMembers(PSObject target, int depth)
    {
        var first = default(string);
        for (var i = Count(); i > 0; i--)
        {
            var name = Name();
            first ??= name;
            target.Members.Add(new PSNoteProperty(name, Any(depth)));
        }

        if (Chance(30))
        {
            target.TypeNames.Insert(0, "Fuzz.Type" + _random.Next(5));
        }

        if (Chance(20))
        {
            target.Members.Add(new PSScriptProperty(Name(), Getter));
        }

        if (Chance(15) && first != null)
        {
            target.Members.Add(new PSAliasProperty(Name(), first));
        }

        if (Chance(15))
        {
            target.Members.Add(new PSScriptMethod(Name(), Method));
        }
    }

    private object NonCopyable()
    {
        var sample = NonCopyableSamples.Create(NonCopyableSamples.Names[_random.Next(NonCopyableSamples.Names.Length)]);
        _nonCopyables.Add(sample.Offending);
        return sample.Value;
    }
}
