using System;

namespace DeepCopy.Tests.Fuzz;

/// <summary>Arrays of every rank, bound and element kind: vectors, jagged, multi-dimensional and non-zero-based.</summary>
internal sealed partial class GraphGenerator
{
    private Array ArrayOfAnyShape(int depth)
    {
        switch (_random.Next(9))
        {
            case 0:
                var objects = IdentityHashed(new object?[Count()]);
                for (var i = 0; i < objects.Length; i++)
                {
                    objects[i] = Any(depth);
                }

                return objects;
            case 1:
                var numbers = IdentityHashed(new int[Count()]);
                for (var i = 0; i < numbers.Length; i++)
                {
                    numbers[i] = _random.Next();
                }

                return numbers;
            case 2:
                var texts = IdentityHashed(new string?[Count()]);
                for (var i = 0; i < texts.Length; i++)
                {
                    texts[i] = Chance(80) ? Text() : null;
                }

                return texts;
            case 3:
                var pairs = IdentityHashed(new FuzzTypes.Pair[Count()]);
                for (var i = 0; i < pairs.Length; i++)
                {
                    pairs[i] = Pair(depth);
                }

                return pairs;
            case 4:
                // Jagged: the rows are arrays of their own, and may be shared.
                var jagged = IdentityHashed(new FuzzTypes.Animal?[Count()][]);
                for (var i = 0; i < jagged.Length; i++)
                {
                    var row = IdentityHashed(new FuzzTypes.Animal?[Count()]);
                    for (var j = 0; j < row.Length; j++)
                    {
                        row[j] = AnimalOrNull(depth);
                    }

                    jagged[i] = row;
                }

                return jagged;
            case 5:
                return FillAll(IdentityHashed(Array.CreateInstance(typeof(object), Dimension(), Dimension())), depth);
            case 6:
                var cube = IdentityHashed(Array.CreateInstance(typeof(int), Dimension(), Dimension(), Dimension()));
                var index = new int[3];
                for (var flat = 0; flat < cube.Length; flat++)
                {
                    Unflatten(cube, flat, index);
                    cube.SetValue(_random.Next(), index);
                }

                return cube;
            case 7:
                // One dimension, lower bound not zero: a different runtime type (object[*]) from object[].
                return FillAll(IdentityHashed(Array.CreateInstance(typeof(object), new[] { Dimension() }, new[] { _random.Next(-3, 10) })), depth);
            default:
                var bounds = new[] { _random.Next(-5, 5), _random.Next(1, 4) };
                var grid = IdentityHashed(Array.CreateInstance(typeof(FuzzTypes.Pair), new[] { Dimension(), Dimension() }, bounds));
                var at = new int[2];
                for (var flat = 0; flat < grid.Length; flat++)
                {
                    Unflatten(grid, flat, at);
                    grid.SetValue(Pair(depth), at);
                }

                return grid;
        }
    }

    private int Dimension() => _random.Next(100) < 10 ? 0 : _random.Next(1, 4);

    private Array FillAll(Array array, int depth)
    {
        var index = new int[array.Rank];
        for (var flat = 0; flat < array.Length; flat++)
        {
            Unflatten(array, flat, index);
            array.SetValue(Any(depth), index);
        }

        return array;
    }

    /// <summary>The indices, lower bounds included, of the element at row-major position <paramref name="flat"/>.</summary>
    private static void Unflatten(Array array, int flat, int[] index)
    {
        for (var dimension = array.Rank - 1; dimension >= 0; dimension--)
        {
            var length = array.GetLength(dimension);
            index[dimension] = array.GetLowerBound(dimension) + (flat % length);
            flat /= length;
        }
    }
}
